package dev.precis.evidence.names;

import dev.precis.lexicon.Spaces;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.StartPattern;
import dev.precis.model.CleanArticle;
import dev.precis.model.ClusterText;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.CapitalisedRuns.capitalisedRuns;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * Person names: leading titles stripped ("Secretary of State John Kerry" → "John Kerry"),
 * organisations told apart, and every name mapped to the longest form the cluster gives it
 * ("Mr Kerry", "Kerry" → "John Kerry").
 */
public final class Names {
    /**
     * "Even Anastasio is giddy.": adverbs that open a sentence before its subject, never part of a name.
     * Stripped like titles, but kept out of {@link #TITLE_WORDS}, which selection reads too.
     */
    private static final Set<String> FOCUS_ADVERBS = Set.of("even", "only", "just", "perhaps", "maybe", "especially",
            "particularly", "not", "certainly", "surely", "clearly", "obviously", "apparently");

    /** "LAPD Det. Christopher Barling": rank abbreviations that name phrases open on ({@link SpeechPatterns#NAME}) but the titles lack. */
    private static final Set<String> RANK_ABBREVIATIONS = Set.of("det", "det.", "cmdr", "cmdr.", "insp", "insp.", "supt.");

    /** Ranks of nobility written before a given name: stripped like titles, but kept out of {@link #TITLE_WORDS}, which selection reads. */
    private static final Set<String> NOBILITY = Set.of("sir", "dame", "prince", "princess");

    /**
     * "During Colbert's live taping, ...": prepositions that open a sentence before a name, which the sentence openers
     * of the lexicon lack; stripped like titles, but kept out of {@link #TITLE_WORDS}, which selection reads too.
     */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("during", "despite", "amid", "amidst", "among", "against",
            "between", "throughout", "toward", "towards", "until", "upon", "unlike", "within", "without");

    private static boolean isTitleOrFocus(String lower) {
        return isTitle(lower) || FOCUS_ADVERBS.contains(lower) || OPENING_PREPOSITIONS.contains(lower);
    }

    /**
     * A title ("sgt."), a rank's abbreviation ("det."), or ranks joined by hyphens into one word ("det.-sgt.",
     * "lt.-col.", "vice-president"); a hyphenated name ("jean-pierre") has a piece that is none.
     */
    private static boolean isTitle(String lower) {
        if (TITLE_WORDS.contains(lower) || RANK_ABBREVIATIONS.contains(lower)) return true;
        if (lower.indexOf('-') <= 0 || lower.endsWith("-")) return false;
        for (String piece : lower.split("-")) {
            if (!Lexicon.PERSON_TITLES.contains(piece) && !RANK_ABBREVIATIONS.contains(piece)) return false;
        }
        return true;
    }
    /**
     * "National Academy of Sciences", "Church of England": nouns that head a body's or a place's name
     * written with "of", which is then no person's hometown.
     */
    private static final Set<String> BODY_HEADS = Set.of("academy", "church", "museum", "society", "school", "college",
            "chamber", "bureau", "league", "alliance", "coalition", "federation", "order", "republic", "kingdom",
            "state", "states", "city", "county", "district", "province", "bay", "sea", "island", "islands", "gulf",
            "lake", "mount", "cape", "port", "tower", "hall", "palace", "castle", "cathedral", "library", "hospital",
            "clinic", "institution", "statue", "isle", "friends", "sons", "daughters", "knights", "sisters", "brothers", "prince", "princess", "duke", "duchess", "earl", "archbishop", "bishop", "lord", "lady", "dean");
    /**
     * Words of {@link #TITLE_WORDS} that are not titles: function words, days, interface debris. "May"
     * is left out: it is a surname ("Theresa May") far more often than it opens a name phrase.
     */
    private static final Set<String> NOT_TITLES = Lexicon.union(Lexicon.SENTENCE_OPENERS, Lexicon.WEB_DEBRIS_WORDS,
            Lexicon.INSTITUTION_WORDS, Lexicon.without(Lexicon.CALENDAR, "may"));
    /** Capitalised words that open a name phrase but are not part of the person's name. */
    public static final Set<String> TITLE_WORDS = Lexicon.union(Lexicon.PERSON_TITLES, NOT_TITLES);
    private static final Set<String> ORG_WORDS = Set.of(
            "observatory", "rights", "council", "ministry", "department", "agency", "organisation", "organization",
            "group", "nations", "union", "centre", "center", "media", "news", "army", "forces", "command", "office",
            "house", "committee", "government", "court", "police", "party", "association", "institute", "university",
            "company", "corporation", "inc", "bank", "fund", "commission", "board", "service", "network", "times",
            "post", "press", "reuters", "afp", "ap", "bbc", "cnn", "airlines", "airways", "club", "team", "foundation");

    private Names() {
    }

    public static boolean isOrganisation(String name) {
        int n = name.length();
        for (int i = 0; i < n; ) {
            while (i < n && Character.isWhitespace(name.charAt(i))) i++;
            int j = i;
            while (j < n && !Character.isWhitespace(name.charAt(j))) j++;
            if (j > i && j - i <= 12 && ORG_WORDS.contains(name.substring(i, j).toLowerCase(Locale.ROOT))) return true;
            i = j;
        }
        return false;
    }

    /** A name with leading titles removed, mapped to the longest form seen in the cluster; "" if none is left. */
    public static String canonical(String raw, Map<String, String> longest) {
        String bare = withoutHometown(stripTitles(raw));
        if (bare.isEmpty() || endsOnI(bare)) return "";
        String[] parts = Spaces.split(bare);
        String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        String full = longest.get(last);
        if (full == null || full.isEmpty()) return bare;
        String f = full.toLowerCase(Locale.ROOT), b = bare.toLowerCase(Locale.ROOT);
        // longer than the longest clean form: an office or a run-in word glued on ("Mountaineer Ueli Steck")
        if (f.endsWith(b) || b.endsWith(" " + f)) return full;
        // "ACM Houston" where the cluster names "Air Chief Marshal Angus Houston": a rank's or an office's initials before the surname
        if (parts.length == 2 && isOfficeInitials(parts[0]) && full.indexOf(' ') > 0) return full;
        return bare;
    }

    /**
     * "Guess I have my answer.", "I-- I'm": a capitalised word and the pronoun "I", or its forms, open a sentence like
     * a name before its verb (transcripts stammer). Such a run is no speaker (a monarch's numeral, "Charles I", is lost
     * with it: hardly a speaker quoted in news).
     */
    private static boolean endsOnI(String name) {
        String[] words = Spaces.split(name);
        if (words.length == 2 && words[1].equals("I")) return true;
        for (String w : words) if (FIRST_PERSON.matcher(w).matches() && !w.equals("I")) return true;
        return false;
    }

    /** "I'm", "I've", "I'll", "I'd", "I--": the pronoun "I" with a contraction or a stammer's dash. */
    private static final Pattern FIRST_PERSON = Pattern.compile("I(?:['’](?:m|ve|ll|d)|-+)");

    /** Two to six capital letters, maybe each with a dot ("FDA", "UNFPA", "U.N.", "ACM"). */
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.?){2,6}");

    /** Whether {@code word} is an initialism: a body's ("FDA", "U.N.") or an office's ("ACM", "PM"). */
    public static boolean isInitialism(String word) {
        return INITIALISM.matcher(word).matches();
    }

    /**
     * "ACM Houston": an office's or a rank's initials before a surname, written without dots; dotted ones are a
     * person's own ("J.R. Smith").
     */
    private static boolean isOfficeInitials(String word) {
        return word.indexOf('.') < 0 && isInitialism(word);
    }

    /** Words that open an organisation's name phrase but not the name ("the", "but"). */
    private static final Set<String> BODY_OPENERS = Set.of("the", "a", "an", "but", "and");

    private static String stripTitles(String raw) {
        String[] parts = Spaces.split(raw.strip());
        int i = 0;
        for (int k = parts.length - 2; k >= 0; k--) { // "Japan's Chief Cabinet Secretary Yoshihide Suga"
            if (parts[k].endsWith("'s") || parts[k].endsWith("’s")) {
                parts = java.util.Arrays.copyOfRange(parts, k + 1, parts.length);
                raw = String.join(" ", parts);
                break;
            }
        }
        if (isOrganisation(raw)) {
            int office = officeBeforeName(parts);
            if (office >= 0) return stripTitles(tail(parts, office + 1));
            while (i < parts.length - 1 && BODY_OPENERS.contains(parts[i].toLowerCase(Locale.ROOT))) i++;
            return String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length));
        }
        // titles, and the words that qualify a title: "Transport Minister", "Coast Guard Commander"
        for (int k = parts.length - 2; k >= 0; k--) {
            if (isTitle(parts[k].toLowerCase(Locale.ROOT)) && !isConnector(parts[k])) {
                boolean allCapital = true;
                for (int x = 0; x < k; x++) allCapital &= Character.isUpperCase(parts[x].charAt(0));
                if (allCapital && k < parts.length - 1) i = k + 1;
                break;
            }
        }
        while (i < parts.length && isTitleOrFocus(parts[i].toLowerCase(Locale.ROOT))) i++;
        // "Sir Paul", "Prince Jefri Bolkiah": a rank of nobility before a name ("Prince of Wales" keeps it, "Prince" alone is a name)
        while (i < parts.length - 1 && NOBILITY.contains(parts[i].toLowerCase(Locale.ROOT))
                && Character.isUpperCase(parts[i + 1].charAt(0))) i++;
        // "Minister for Health Leo Varadkar", "Mayor of London Sadiq Khan": the title's complement goes too
        if (i > 0 && i + 2 < parts.length && (parts[i - 1].equals("for") || parts[i - 1].equals("of"))) i++;
        if (i == parts.length) return "";
        String s = i == 0 ? raw.strip() : String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length));
        if (s.endsWith("’s") || s.endsWith("'s")) s = s.substring(0, s.length() - 2);
        if (s.endsWith(".") || s.endsWith(",")) s = s.substring(0, s.length() - 1);
        return s;
    }

    /**
     * "Police Chief Steve Mullin", "House Majority Leader Kevin McCarthy": a body, its office, then the
     * person holding it. The office word's index when a name of capitalised words, no body's, follows it; -1 otherwise.
     */
    private static int officeBeforeName(String[] parts) {
        for (int k = parts.length - 2; k >= 0; k--) {
            String w = parts[k].toLowerCase(Locale.ROOT);
            if (!Lexicon.PERSON_TITLES.contains(w) || isConnector(parts[k])) continue;
            for (int x = k + 1; x < parts.length; x++) {
                if (!Character.isUpperCase(parts[x].charAt(0)) || TITLE_WORDS.contains(parts[x].toLowerCase(Locale.ROOT))) return -1;
            }
            return isOrganisation(tail(parts, k + 1)) ? -1 : k;
        }
        return -1;
    }

    /**
     * "Rita Schrimsher of Athens", "Sen. John McCain of Arizona": a person's name, then the place or body
     * the person is from, which is no part of the name. Only after one to three words that are neither a
     * title nor a body's ("Court of Appeal", "Secretary of State", "Prince of Wales" keep theirs).
     */
    private static String withoutHometown(String name) {
        int of = name.indexOf(" of ");
        if (of < 0) return name;
        String[] person = Spaces.split(name.substring(0, of));
        if (person.length > 3 || isOrganisation(name)) return name;
        for (String w : person) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(w.charAt(0)) || TITLE_WORDS.contains(lower) || BODY_HEADS.contains(lower)) return name;
        }
        return String.join(" ", person);
    }

    /**
     * Last name (lower case) → longest title-free name ending with it, over the whole cluster. Only
     * runs in a person's position count: after a title ("Secretary of State John Kerry"), next to a
     * speech verb ("said Maria Lopez", "Ana Costa said"), or as an appositive (", Tomas Reed,") —
     * so "Crimea Russia" never becomes the full name of "Russia".
     */
    public static Map<String, String> longestNames(ClusterText text) {
        Map<String, String> longest = new HashMap<>();
        for (CleanArticle art : text.articles()) {
            String t = art.text();
            for (int[] span : capitalisedRuns(t)) {
                String run = t.substring(span[0], span[1]);
                if (run.indexOf(' ') < 0) continue; // a lone word adds no longer form
                String stripped = stripTitles(run), bare = withoutHometown(stripped);
                if (bare.isEmpty() || bare.indexOf(' ') < 0) continue;
                boolean titled = !stripped.equals(Spaces.collapse(run.strip()));
                if (!titled && !personPosition(t, span[0], span[1])) continue;
                String[] parts = Spaces.split(bare);
                if (parts.length > 4 || parts.length == 2 && isOfficeInitials(parts[0])) continue; // "ACM Houston": no full name
                String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
                String prev = longest.get(last);
                if (prev == null) longest.put(last, bare);
                else if (!prev.isEmpty() && !sameName(prev, bare)) longest.put(last, ""); // two persons, one surname
                else if (parts.length > Spaces.split(prev).length) longest.put(last, bare);
            }
        }
        dropGluedWords(text, longest);
        return longest;
    }

    private static boolean sameName(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT), y = b.toLowerCase(Locale.ROOT);
        return x.endsWith(y) || y.endsWith(x);
    }

    /**
     * "Mountaineer Ueli Steck" opening a sentence, "KFC Jocelyn Bynoe" after a role: a longest form whose
     * tail of two or more words the cluster also writes on its own is that tail.
     */
    private static void dropGluedWords(ClusterText text, Map<String, String> longest) {
        Set<String> tails = new java.util.HashSet<>();
        for (String name : longest.values()) {
            String[] parts = Spaces.split(name);
            for (int k = 1; k + 2 <= parts.length; k++) tails.add(tail(parts, k));
        }
        if (tails.isEmpty()) return;
        Map<String, Set<String>> wordsBefore = WordsBefore.of(text, tails);
        for (Map.Entry<String, String> e : longest.entrySet()) {
            String[] parts = Spaces.split(e.getValue());
            for (int k = 1; k + 2 <= parts.length; k++) {
                String tail = tail(parts, k);
                if (standsAlone(wordsBefore.get(tail), parts[k - 1])) {
                    e.setValue(tail);
                    break;
                }
            }
        }
    }

    /** The name's words from the {@code k}-th on. */
    private static String tail(String[] parts, int k) {
        return String.join(" ", java.util.Arrays.copyOfRange(parts, k, parts.length));
    }

    /** Whether the name is written somewhere with neither the glued word nor another capitalised word before it. */
    private static boolean standsAlone(Set<String> wordsBefore, String gluedWord) {
        for (String before : wordsBefore) {
            if (!before.equals(gluedWord) && (before.isEmpty() || !Character.isUpperCase(before.charAt(0)))) return true;
        }
        return false;
    }

    /**
     * "Kentucky Republican", "the Missouri Democrat": a party member described by place, whom the text
     * has named before (not "a top House Republican": a body's member, unnamed).
     */
    public static boolean isPartyMember(String name) {
        return PARTY_MEMBER.matcher(name).find() && !isOrganisation(name);
    }

    private static final Pattern PARTY_MEMBER = Pattern.compile("\\p{Lu}\\S*\\s+(?:Democrat|Republican)$");

    /** Widget debris rather than a name: a capitalised word twice ("Jane Roe Jane Ann RoeAppeals"), words run together, or a bare abbreviation ("N.C"). */
    public static boolean isDebris(String name) {
        String[] parts = Spaces.split(name.strip());
        Set<String> seen = new java.util.HashSet<>();
        for (String p : parts) {
            if (!p.isEmpty() && Character.isUpperCase(p.charAt(0)) && !seen.add(p)) return true;
            for (int i = 1; i + 1 < p.length(); i++) {
                if (Character.isLowerCase(p.charAt(i)) && Character.isUpperCase(p.charAt(i + 1))
                        && seen.contains(p.substring(0, i + 1))) return true;
            }
        }
        return GLUED_ABBREVIATION.matcher(name.strip()).matches();
    }

    private static final Pattern GLUED_ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}?\\.?");

    private static final StartPattern VERB_BEFORE = StartPattern.of("\\b" + SPEECH + "\\s+$",
            StartPattern.atWordStart(StartPattern.initials(SpeechPatterns.SPEECH_WORDS)));
    private static final Pattern VERB_AFTER = Pattern.compile("^,?\\s+(?:has\\s+|had\\s+)?" + dev.precis.evidence.quotes.Speakers.ADVERB + "(?:" + SpeechPatterns.SPEECH_VERBS + "|called|described)\\b");
    /**
     * A name set off by an appositive is a person's: ", the ...", ", who ...", ", 46,", or ({@link #ROLE_APPOSITIVE_AFTER})
     * a bare role of the lexicon's person titles before its body or work ("Don McNay, author of the book ...", "AshLee
     * Strong, spokeswoman for ...", "Ana Reyes, professor at ...").
     */
    private static final Pattern APPOSITIVE_AFTER = Pattern.compile("^,\\s+(?:the|a|an|who|\\d)\\b");
    private static final Pattern ROLE_APPOSITIVE_AFTER = Pattern.compile("^,\\s+(?:\\p{Ll}+\\s+){0,2}(?<role>\\p{Ll}+)\\s+(?:of|for|at)\\s");

    private static boolean isConnector(String w) {
        return NOT_TITLES.contains(w.toLowerCase(Locale.ROOT));
    }


    /** A lower-case role word right before a name: "coast guard commander Viktor Sand", "lawyer Sofia Marin". */
    private static final StartPattern ROLE_BEFORE = StartPattern.of("\\b\\p{Ll}+[ \\t]+$", StartPattern.atWordStart(Character::isLowerCase));

    private static boolean personPosition(String t, int start, int end) {
        String before = t.substring(Math.max(0, start - 20), start);
        Matcher role = ROLE_BEFORE.matcher(before);
        if (ROLE_BEFORE.find(role, before, 0, before.length()) && TITLE_WORDS.contains(role.group().strip())
                && !isConnector(role.group().strip())) return true;
        String after = t.substring(end, Math.min(t.length(), end + 30));
        if (VERB_BEFORE.find(before) || VERB_AFTER.matcher(after).find() || APPOSITIVE_AFTER.matcher(after).find()) return true;
        Matcher appositive = ROLE_APPOSITIVE_AFTER.matcher(after); // a role of the lexicon: not "North Toronto, north of the city"
        if (appositive.find() && Lexicon.PERSON_TITLES.contains(appositive.group("role"))) return true;
        return before.stripTrailing().endsWith(",") && after.startsWith(",");
    }

}
