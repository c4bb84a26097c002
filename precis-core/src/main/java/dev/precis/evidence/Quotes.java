package dev.precis.evidence;

import dev.precis.model.CleanArticle;
import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotations ("..." and “...”) of at least {@value #MIN_WORDS} words with their speaker.
 * Attribution forms, in the order tried:
 * <ul>
 *   <li>after the quote: {@code ," Kerry said} / {@code ," he said} / {@code ," U.N. mediator Staffan de Mistura told reporters}</li>
 *   <li>after the quote, verb first: {@code ," said Jan Egeland, the head of ...}</li>
 *   <li>after the quote, appositive: {@code ," the head of the UN taskforce, Jan Egeland, said}</li>
 *   <li>after the quote, a role: {@code ," the monitor said}</li>
 *   <li>before the quote, in its sentence: {@code Kerry told reporters: "} / {@code But he added: “}</li>
 *   <li>none of those: the speaker of the previous quote or speech verb in the same paragraph, when
 *       the quote follows it directly; else no speaker</li>
 * </ul>
 * A partial quote woven into the writer's sentence ({@code Okafor described it as "a failure we
 * will not allow" while Brandt said ...}) takes its speaker from the words before it first.
 * "he"/"she": among the persons named in this or the previous paragraph, the subject of the latest
 * sentence naming one, else the latest one, skipping anyone whose gender rules them out; gender
 * comes only from cues in the cluster ({@link #genders}: "Mr"/"Ms", "X said she", "X ... his"),
 * never from lists of first names. Speakers are normalised to the longest form
 * of the name seen in the cluster ("Mr Kerry", "Kerry" → "John Kerry"). The same quote in several
 * articles becomes one {@link Quote} with every citation.
 */
final class Quotes {
    static final int MIN_WORDS = 4;

    private static final String SPEECH = "(?:said|says|say|told|tells|added|adds|declared|insisted|warned|stated|wrote|"
            + "tweeted|explained|noted|asked|continued|replied|admitted|argued|claimed|recalled|concluded|announced|"
            + "stressed|urged|acknowledged|conceded|cautioned|remarked|complained|predicted|testified|responded|responds|"
            + "explains|notes|argues|insists|warns|recalls|admits|writes|asks|replies)";
    private static final String PARTICLE = "(?:de|da|del|della|di|du|van|von|der|den|bin|ibn|al|el|la|le|dos|das)";
    /** A capitalised word, or letters with dots ("U.N.", "F."); a sentence's closing period is not part of it. */
    private static final String CAP = "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|\\p{Lu}[\\p{L}\\p{M}'’-]*)";
    /** One to six capitalised words on one line, with particles ("Staffan de Mistura") and "of"/"for" inside. */
    private static final String NAME = "(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|President|Prof)\\.?[ \\t]+)?" + CAP
            + "(?:[ \\t]+(?:(?:" + PARTICLE + "|of|for|the)[ \\t]+)?" + CAP + "){0,5}";
    private static final Pattern QUOTE = Pattern.compile("\"([^\"\\n]{2,2000}?)\"|“([^”\\n]{2,2000}?)”");
    private static final Pattern AFTER_NAME = Pattern.compile(
            "^\\s*[,.]?\\s*(?:(?:(?!\\p{Ll}[.!?]\\s)[^\"“”]){0,80}?\\s)?(?<name>he|she|they|it|" + NAME + ")\\s+(?:has\\s+|had\\s+)?" + SPEECH + "\\b");
    private static final Pattern ROLE_START = Pattern.compile("^\\s*[,.]?\\s*(?:the|a|an)\\s+\\p{Ll}");
    /** "says branding expert Tracey Riese": the named speaker after a speech verb, past a few lower-case words. */
    private static final Pattern VERB_THEN_NAME = Pattern.compile(
            "^\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?(?<name>" + CAP + "(?:[ \\t]+(?:(?:" + PARTICLE + ")[ \\t]+)?" + CAP + "){1,3})");
    private static final Pattern AFTER_VERB = Pattern.compile(
            "^\\s*[,.]?\\s*" + SPEECH + "\\s+(?<name>" + NAME + ")");
    private static final Pattern AFTER_APPOSITIVE = Pattern.compile(
            "^\\s*[,.]?\\s*(?:the|a|an)\\s[^\"“”]{0,150}?,\\s*(?<name>" + NAME + "),\\s*" + SPEECH + "\\b");
    private static final Pattern AFTER_NAME_APPOSITIVE = Pattern.compile(
            "^\\s*[,.]?\\s*(?<name>" + NAME + "),\\s[^\"“”]{0,150}?,\\s*" + SPEECH + "\\b");
    private static final Pattern AFTER_ROLE = Pattern.compile(
            "^\\s*[,.]?\\s*(?<name>(?:the|a|an)\\s+[\\p{L}'’ .-]{2,60}?)\\s+" + SPEECH + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE = Pattern.compile(
            "(?<name>\\b(?:he|she|" + NAME + "))(?:,[^,\"“”]{1,80},|,)?\\s+(?:has\\s+)?(?:" + SPEECH
                    + "|called|calling|described|describing)\\b[^\"“”]{0,60}$");
    private static final Pattern BEFORE_ROLE = Pattern.compile(
            "^\\s*(?:But\\s+|And\\s+)?(?<name>(?:A|An|The)\\s[^,\"“”]{2,60}?)(?:,[^,\"“”]{1,80},)?\\s+(?:has\\s+)?"
                    + SPEECH + "\\b[^\"“”]{0,60}$");
    /** The subject just before a speech verb (matched in a window that ends at the verb). */
    private static final Pattern SPEECH_SUBJECT = Pattern.compile(
            "(?<name>\\b" + NAME + ")(?:,[^,\"“”]{1,60},)?\\s+(?:has\\s+)?$");
    private static final Set<String> SPEECH_WORDS = Set.of(SPEECH.substring(3, SPEECH.length() - 1).split("\\|"));
    /** A name opening a sentence before a lower-case verb: "Ricci visited the shelters." */
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile(
            "(?:^|[.!?]\\s+)(?<name>" + NAME + ")\\s+\\p{Ll}");

    /** Capitalised words that open a name phrase but are not part of the person's name. */
    private static final Set<String> TITLE_WORDS = Set.copyOf(java.util.Arrays.asList(
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "gov", "gov.", "rep", "rep.",
            "gen", "gen.", "prof", "prof.", "president", "secretary", "state", "minister", "foreign", "deputy",
            "prime", "general", "us", "u.s.", "un", "u.n.", "uk", "eu", "envoy", "mediator", "spokesman",
            "spokeswoman", "chief", "head", "senator", "governor", "representative", "ambassador", "russian",
            "american", "syrian", "british", "french", "german", "chinese", "iranian", "turkish", "israeli",
            "but", "and", "meanwhile", "however", "asked", "after", "when", "then", "also", "so", "in", "on",
            "at", "the", "a", "an", "of", "for", "officials", "official", "former", "vice", "defense", "defence", "interior",
            "justice", "attorney", "commissioner", "director", "leader", "king", "queen", "pope", "judge",
            "chancellor", "mayor", "lawyer", "coach", "captain", "lieutenant", "colonel", "sergeant", "officer",
            "agent", "professor", "doctor", "detective", "sheriff", "police", "said", "says", "chief", "cabinet",
            "executive", "senior", "adviser", "advisor", "aide", "analyst", "economist", "expert", "founder",
            "chairman", "chairwoman", "chair", "ceo", "editor", "reporter", "correspondent", "majority", "minority",
            "whip", "speaker", "house", "senate", "congressman", "congresswoman", "assemblyman", "councilman",
            "councilwoman", "cpl", "cpl.", "sgt", "sgt.", "capt", "capt.", "lt", "lt.", "col", "col.", "maj", "maj.",
            "adm", "adm.", "supt", "rev", "rev.", "justice", "chief justice", "besides", "still", "yet", "now",
            "today", "meanwhile", "later", "earlier", "instead", "indeed", "according", "speaking", "while",
            "although", "though", "because", "if", "as", "with", "by", "from", "to", "he", "she", "it", "they",
            "we", "i", "you", "this", "that", "there", "here", "what", "when", "where", "who", "why", "how",
            "his", "her", "their", "our", "my", "your", "its", "thus", "hence", "then", "first", "finally",
            "last", "next", "actor", "actress", "singer", "bassist", "writer", "author", "star", "comedian",
            "satirist", "commentator", "host", "anchor", "coach", "manager", "owner", "partner", "candidate",
            "nominee", "democrat", "republican", "sen.", "rep.", "gov.", "d", "r", "advertisement", "continue",
            "reading", "share", "read", "more", "photo", "video", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "musician", "tory", "mp", "one", "councillor", "councilor",
            "commander", "alderman", "inspector", "spokesperson", "premier", "lawmaker", "legislator", "envoy"));
    private static final Set<String> ORG_WORDS = Set.of(
            "observatory", "rights", "council", "ministry", "department", "agency", "organisation", "organization",
            "group", "nations", "union", "centre", "center", "media", "news", "army", "forces", "command", "office",
            "house", "committee", "government", "court", "police", "party", "association", "institute", "university",
            "company", "corporation", "inc", "bank", "fund", "commission", "board", "service", "network", "times",
            "post", "press", "reuters", "afp", "ap", "bbc", "cnn");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Pattern HE_SHE = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\b");
    private static final Set<String> NON_PERSONS = Set.of("it", "they", "we", "i", "you", "this", "that");

    private Quotes() {
    }

    /** One quote occurrence before grouping. */
    private record Found(String text, String speaker, Citation citation, String key) {
    }

    static List<Quote> find(ClusterText text) {
        Map<String, String> longest = longestNames(text);
        Map<String, Character> genders = genders(text, longest);
        // only persons whose gender the cluster states are tracked for "he"/"she": the tracking is
        // there to tell them apart; everyone else keeps the older last-speaker rule
        Set<String> persons = new java.util.HashSet<>();
        for (String name : genders.keySet()) if (name.indexOf(' ') > 0 && !isOrganisation(name)) persons.add(name);
        List<Found> found = new ArrayList<>();
        for (int a = 0; a < text.articles().size(); a++) findIn(a, text.articles().get(a), longest, genders, persons, found);
        return group(found);
    }

    /**
     * Persons named in {@code s} (which starts at article offset {@code offset}): capitalised words
     * that are the last name of a person the cluster names in a person's position ("Brandt" →
     * "Daniel Brandt"). A word scan, not a name pattern: it runs over every paragraph.
     */
    private static void mentions(String s, int offset, int line, Map<String, String> longest, Set<String> persons,
                                 List<Mentioned> out) {
        if (persons.isEmpty()) return;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isUpperCase(s.charAt(i)) || i > 0 && Character.isLetter(s.charAt(i - 1))) continue;
            int j = i + 1;
            while (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) j++;
            String full = longest.get(s.substring(i, j).toLowerCase(Locale.ROOT));
            if (full != null && persons.contains(full) && ownFirstName(s, i, full)) {
                // the start of the name as written ("Mr Daniel Brandt" counts from its first word)
                out.add(new Mentioned(full, offset + i, line));
            }
            i = j;
        }
    }

    /** The capitalised word before a last name, if any, is a title or that person's own first name ("Erin" is not "Jonathan"). */
    private static boolean ownFirstName(String s, int lastName, String full) {
        int e = lastName - 1;
        if (e <= 0 || s.charAt(e) != ' ') return true;
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) b--;
        if (b == e || !Character.isUpperCase(s.charAt(b))) return true;
        String prev = s.substring(b, e);
        return TITLE_WORDS.contains(prev.toLowerCase(Locale.ROOT)) || full.contains(prev + " ");
    }

    /** A person named in the text outside quotes (or a quote's speaker), at an offset of the article. */
    private record Mentioned(String name, int at, int line) {
    }

    private static void findIn(int a, CleanArticle art, Map<String, String> longest, Map<String, Character> genders,
                               Set<String> persons, List<Found> out) {
        String t = art.text();
        List<Mentioned> mentioned = new ArrayList<>();
        String lastPerson = "";
        int lastPersonLine = -10, lineNo = -1, lastPersonAt = -1;
        int lineStart = 0;
        while (lineStart <= t.length()) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = t.length();
            String line = t.substring(lineStart, lineEnd);
            lineNo++;
            // "he"/"she" refer to the last person named in this or the previous paragraph; a paragraph
            // that itself says "he"/"she" carries the reference on ("He blamed ...", then "... he said")
            if (lineNo - lastPersonLine <= 1 && HE_SHE.matcher(line).find()) lastPersonLine = lineNo;
            String lineSpeaker = "";
            int lineSpeakerEnd = -1;
            // speech-verb subjects outside quotes keep "he"/"she" and continuations resolvable
            List<int[]> quoteSpans = new ArrayList<>();
            Matcher q = QUOTE.matcher(line);
            while (q.find()) quoteSpans.add(new int[] {q.start(), q.end(), q.start(1) >= 0 ? 1 : 2});
            int cursor = 0;
            for (int k = 0; k <= quoteSpans.size(); k++) {
                int[] qs = k < quoteSpans.size() ? quoteSpans.get(k) : null;
                // persons speaking in the text before this quote (or after the last one)
                String between = line.substring(cursor, qs == null ? line.length() : qs[0]);
                mentions(between, lineStart + cursor, lineNo, longest, persons, mentioned);
                Matcher subj = SENTENCE_SUBJECT.matcher(between);
                while (subj.find()) {
                    String name = canonical(subj.group("name"), longest);
                    if (name.indexOf(' ') > 0 && !isOrganisation(name)) { // a known full name
                        lastPerson = name;
                        lastPersonLine = lineNo;
                        lastPersonAt = lineStart + cursor + subj.start("name");
                    }
                }
                for (int verb : speechVerbs(between)) {
                    Matcher inv = VERB_THEN_NAME.matcher(between);
                    int verbEnd = verb;
                    while (verbEnd < between.length() && Character.isLetter(between.charAt(verbEnd))) verbEnd++;
                    inv.region(verbEnd, Math.min(between.length(), verbEnd + 80));
                    if (inv.lookingAt()) {
                        String name = canonical(inv.group("name"), longest);
                        if (name.indexOf(' ') > 0 && !isOrganisation(name)) {
                            lastPerson = name;
                            lastPersonLine = lineNo;
                            lastPersonAt = lineStart + cursor + verb;
                        }
                    }
                    Matcher sub = SPEECH_SUBJECT.matcher(between).useTransparentBounds(true);
                    sub.region(Math.max(0, verb - 120), verb);
                    if (!sub.find()) continue;
                    String name = canonical(sub.group("name"), longest);
                    if (!name.isEmpty() && !isOrganisation(name) && !PRONOUNS.contains(name.toLowerCase(Locale.ROOT))
                            && !NON_PERSONS.contains(name.toLowerCase(Locale.ROOT))) {
                        lastPerson = name;
                        lastPersonLine = lineNo;
                        lastPersonAt = lineStart + cursor + verb;
                        lineSpeaker = name;
                        lineSpeakerEnd = cursor + verb;
                    }
                }
                if (qs == null) break;
                int group = qs[2];
                Matcher inner = QUOTE.matcher(line);
                inner.find(qs[0]);
                int cs = inner.start(group), ce = inner.end(group);
                while (cs < ce && Character.isWhitespace(line.charAt(cs))) cs++;
                while (ce > cs && (Character.isWhitespace(line.charAt(ce - 1)) || line.charAt(ce - 1) == ',')) ce--;
                String content = line.substring(cs, ce);
                cursor = qs[1];
                if (wordCount(content) < MIN_WORDS) continue;
                int tailEnd = k + 1 < quoteSpans.size() ? quoteSpans.get(k + 1)[0] : line.length();
                String tail = line.substring(qs[1], tailEnd);
                String head = sentenceHead(line, qs[0]);
                String fallback = lineNo - lastPersonLine <= 1 ? lastPerson : "";
                Pronouns refs = new Pronouns(
                        resolve(t, mentioned, lineStart + qs[0], lineNo, 'm', genders, fallback, lastPersonAt),
                        resolve(t, mentioned, lineStart + qs[0], lineNo, 'f', genders, fallback, lastPersonAt));
                boolean partial = line.charAt(qs[1] - 2) != ',' && ".!?…—-".indexOf(line.charAt(qs[1] - 2)) < 0
                        && head.chars().anyMatch(Character::isLetter);
                String speaker = partial ? before(head, longest, refs) : null; // words woven into the writer's sentence
                if (speaker == null) speaker = attribute(tail, head, longest, refs);
                if (speaker == null && head.isBlank() && lineSpeakerEnd >= 0) {
                    speaker = lineSpeaker; // continuation in the same paragraph
                }
                if (speaker == null) speaker = "";
                if (!speaker.isEmpty()) {
                    if (!speaker.startsWith("the ") && !speaker.startsWith("a ") && !speaker.startsWith("an ")
                            && !isOrganisation(speaker)) {
                        lastPerson = speaker;
                        lastPersonLine = lineNo;
                        lastPersonAt = lineStart + qs[1];
                    }
                    lineSpeaker = speaker;
                    lineSpeakerEnd = qs[1];
                    if (persons.contains(speaker)) mentioned.add(new Mentioned(speaker, lineStart + qs[1], lineNo));
                }
                out.add(new Found(content, speaker,
                        new Citation(a, art.id(), lineStart + cs, lineStart + ce), key(content)));
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Speaker from the words after or before the quote; null when neither names one. */
    /** Who "he" and who "she" would be at a quote. */
    private record Pronouns(String he, String she) {
    }

    /** Speaker from the words before a quote, in its sentence ("Okafor described the sinking as"); null when none. */
    private static String before(String head, Map<String, String> longest, Pronouns refs) {
        Matcher m = BEFORE.matcher(head);
        return m.find() ? person(m.group("name"), longest, refs) : null;
    }

    private static String attribute(String tail, String head, Map<String, String> longest, Pronouns lastPerson) {
        Matcher m = AFTER_APPOSITIVE.matcher(tail);
        if (m.find()) return person(m.group("name"), longest, lastPerson);
        m = AFTER_VERB.matcher(tail);
        if (m.find()) return person(m.group("name"), longest, lastPerson);
        boolean roleFirst = ROLE_START.matcher(tail).lookingAt(); // ", the insider at Breitbart said": a role, not "Breitbart"
        m = AFTER_NAME.matcher(tail);
        if (!roleFirst && m.find()) {
            String p = person(m.group("name"), longest, lastPerson);
            if (p != null) return p;
        }
        m = AFTER_NAME_APPOSITIVE.matcher(tail);
        if (m.find()) return person(m.group("name"), longest, lastPerson);
        m = AFTER_ROLE.matcher(tail);
        if (m.find()) {
            String role = m.group("name").strip();
            if (role.split("\\s+").length <= 6) return role.toLowerCase(Locale.ROOT).startsWith("the ")
                    || role.toLowerCase(Locale.ROOT).startsWith("a ") || role.toLowerCase(Locale.ROOT).startsWith("an ")
                    ? lowerFirst(role) : role;
        }
        if (!head.isBlank()) {
            m = BEFORE.matcher(head);
            if (m.find()) return person(m.group("name"), longest, lastPerson);
            m = BEFORE_ROLE.matcher(head);
            if (m.find() && m.group("name").split("\\s+").length <= 7) return lowerFirst(m.group("name").strip());
        }
        return null;
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A named or pronoun speaker resolved to a canonical name; "" for it/they; null if not a person. */
    private static String person(String raw, Map<String, String> longest, Pronouns refs) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) return lower.equals("he") ? refs.he() : refs.she();
        if (NON_PERSONS.contains(lower)) return "";
        String name = canonical(raw, longest);
        return name.isEmpty() ? null : name;
    }

    /**
     * The person "he" ({@code g = 'm'}) or "she" ({@code 'f'}) refers to at offset {@code at}: among
     * the persons named in this or the previous paragraph, the subject (first person named) of the
     * latest sentence that names one, when their gender does not rule them out (a sentence led by
     * the same pronoun keeps {@code fallback}, the last speaker); else the latest
     * person whose gender does not rule them out; else {@code fallback}. Gender is known only from
     * the cluster's own cues ({@link #genders}); an unknown gender rules nobody out.
     */
    private static String resolve(String t, List<Mentioned> mentioned, int at, int line, char g,
                                  Map<String, Character> genders, String fallback, int fallbackAt) {
        int last = -1;
        for (int i = 0; i < mentioned.size(); i++) {
            Mentioned m = mentioned.get(i);
            if (m.at() < at && m.line() >= line - 1) last = i;
        }
        if (last < 0) return fallback;
        // the last speaker named after every tracked person stays the referent unless ruled out
        if (!fallback.isEmpty() && fallbackAt > mentioned.get(last).at() && genders.getOrDefault(fallback, g) == g) {
            return fallback;
        }
        int from = sentenceStart(t, mentioned.get(last).at());
        // ... or was the speaker or subject of that same sentence ("Greene said that he had not looked into the Sheen matter")
        if (!fallback.isEmpty() && fallbackAt >= from && genders.getOrDefault(fallback, g) == g) return fallback;
        // "He added that ... Mitch McConnell ...": a sentence led by the pronoun keeps its referent
        if (!fallback.isEmpty() && t.startsWith(g == 'm' ? "He " : "She ", from)
                && genders.getOrDefault(fallback, g) == g) return fallback;
        for (int i = 0; i <= last; i++) {
            Mentioned m = mentioned.get(i);
            if (m.line() < line - 1 || m.at() < from) continue;
            if (genders.getOrDefault(m.name(), g) == g) return m.name();
            break;
        }
        for (int i = last; i >= 0; i--) {
            Mentioned m = mentioned.get(i);
            if (m.line() < line - 1) break;
            if (genders.getOrDefault(m.name(), g) == g) return m.name();
        }
        return fallback.isEmpty() || genders.getOrDefault(fallback, g) == g ? fallback : "";
    }

    /** Offset where the sentence holding {@code at} begins (after ". " or a line break). */
    private static int sentenceStart(String t, int at) {
        for (int k = at - 1; k > 0; k--) {
            char c = t.charAt(k);
            if (c == '\n') return k + 1;
            if (Character.isWhitespace(c) && ".!?\"”".indexOf(t.charAt(k - 1)) >= 0 && !abbreviationEnds(t, k - 1)) return k + 1;
        }
        return 0;
    }

    /** The period at {@code dot} closes a title or an initial ("Mr.", "Dr.", "J."), not a sentence. */
    private static boolean abbreviationEnds(String t, int dot) {
        if (t.charAt(dot) != '.') return false;
        int b = dot;
        while (b > 0 && Character.isLetter(t.charAt(b - 1))) b--;
        String w = t.substring(b, dot);
        return w.length() == 1 && Character.isUpperCase(w.charAt(0)) || TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT) + ".")
                || w.equals("St") || w.equals("Jr") || w.equals("Sr");
    }

    private static final List<String> GENDER_TITLES = List.of("Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady");
    private static final Pattern GENDER_TITLE = Pattern.compile(
            "\\b(?<t>Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\\.?[ \\t]+(?<name>" + CAP + "(?:[ \\t]+" + CAP + "){0,2})");
    /** "said he", "told reporters that she": a speech verb right before a pronoun subject. */
    private static final Pattern SAID_BEFORE = Pattern.compile(
            "\\b" + SPEECH + "\\s+(?:\\p{Ll}+\\s+)?(?:that\\s+)?$");
    /** A name opening a sentence, with an optional appositive, before a lower-case word. */
    private static final Pattern SUBJECT_START = Pattern.compile(
            "(?<name>" + NAME + ")(?:,[^,\"“”]{1,80},)?\\s+\\p{Ll}");

    /**
     * Persons whose gender the cluster states: a gendered title ("Mr Brandt", "Ms Okafor"), "X said
     * (that) he/she ...", or a sentence whose subject is X and that goes on with "his"/"her". No
     * lists of first names. A person with cues both ways is left unknown.
     */
    static Map<String, Character> genders(ClusterText text, Map<String, String> longest) {
        Map<String, Character> out = new HashMap<>();
        Set<String> mixed = new java.util.HashSet<>();
        for (CleanArticle art : text.articles()) {
            String t = art.text();
            Matcher m = GENDER_TITLE.matcher(t);
            for (String title : GENDER_TITLES) {
                for (int i = t.indexOf(title); i >= 0; i = t.indexOf(title, i + 1)) {
                    if (i > 0 && Character.isLetter(t.charAt(i - 1))) continue;
                    m.region(i, t.length());
                    if (!m.lookingAt() || !m.group("t").equals(title)) continue;
                    char g = title.equals("Mr") || title.equals("Sir") || title.equals("Lord") ? 'm' : 'f';
                    note(out, mixed, canonical(m.group("name"), longest), g);
                }
            }
            // "Okafor said she ...": the subject before the speech verb; "Petra Lind, who survived ...,
            // waited with her husband": a sentence's subject and its possessive
            Matcher said = SAID_BEFORE.matcher(t).useTransparentBounds(true);
            Matcher sub = SPEECH_SUBJECT.matcher(t).useTransparentBounds(true);
            Matcher subject = SUBJECT_START.matcher(t);
            int lastStart = -1;
            for (int i = 0; i + 2 < t.length(); i++) {
                if (t.charAt(i) != ' ' || t.charAt(i + 1) != 'h' && t.charAt(i + 1) != 's') continue;
                int j = i + 1;
                while (j < t.length() && Character.isLetter(t.charAt(j))) j++;
                String w = t.substring(i + 1, j);
                if (w.equals("he") || w.equals("she")) {
                    said.region(Math.max(0, i - 40), i + 1);
                    if (!said.find()) continue;
                    sub.region(Math.max(0, said.start() - 120), said.start());
                    if (sub.find()) gendered(out, mixed, sub.group("name"), w, longest);
                } else if (w.equals("his") || w.equals("her") || w.equals("himself") || w.equals("herself")) {
                    int from = sentenceStart(t, i);
                    if (from == lastStart || i - from > 200) continue;
                    lastStart = from;
                    subject.region(from, i);
                    if (subject.lookingAt()) gendered(out, mixed, subject.group("name"), w, longest);
                }
            }
        }
        for (String x : mixed) out.remove(x);
        return out;
    }

    private static void gendered(Map<String, Character> out, Set<String> mixed, String raw, String pronoun,
                                 Map<String, String> longest) {
        String name = canonical(raw, longest);
        if (name.isEmpty() || isOrganisation(name) || !Character.isUpperCase(name.charAt(0))
                || PRONOUNS.contains(name.toLowerCase(Locale.ROOT)) || NON_PERSONS.contains(name.toLowerCase(Locale.ROOT))) return;
        note(out, mixed, name, pronoun.equals("he") || pronoun.startsWith("hi") ? 'm' : 'f');
    }

    private static void note(Map<String, Character> out, Set<String> mixed, String name, char g) {
        if (name.isEmpty()) return;
        Character prev = out.putIfAbsent(name, g);
        if (prev != null && prev != g) mixed.add(name);
    }

    /** The part of the quote's sentence that precedes it, within its line. */
    private static String sentenceHead(String line, int quoteStart) {
        int from = 0;
        for (int k = quoteStart - 2; k >= 0; k--) {
            char c = line.charAt(k);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(line.charAt(k + 1))
                    && k > 0 && Character.isLowerCase(line.charAt(k - 1))) {
                from = k + 1;
                break;
            }
        }
        return line.substring(from, quoteStart);
    }

    /** Offsets of the speech verbs ("said", "told") in {@code s}. */
    private static List<Integer> speechVerbs(String s) {
        List<Integer> out = new ArrayList<>();
        int n = s.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetter(s.charAt(j))) j++;
            if (j - i >= 3 && j - i <= 12 && Character.isLowerCase(s.charAt(i)) && SPEECH_WORDS.contains(s.substring(i, j))) out.add(i);
            i = j;
        }
        return out;
    }

    private static boolean isOrganisation(String name) {
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
    static String canonical(String raw, Map<String, String> longest) {
        String bare = stripTitles(raw);
        if (bare.isEmpty()) return "";
        String[] parts = bare.split("\\s+");
        String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        String full = longest.get(last);
        if (full != null && full.toLowerCase(Locale.ROOT).endsWith(bare.toLowerCase(Locale.ROOT))) return full;
        return bare;
    }

    private static String stripTitles(String raw) {
        String[] parts = raw.strip().split("\\s+");
        int i = 0;
        for (int k = parts.length - 2; k >= 0; k--) { // "Japan's Chief Cabinet Secretary Yoshihide Suga"
            if (parts[k].endsWith("'s") || parts[k].endsWith("’s")) {
                parts = java.util.Arrays.copyOfRange(parts, k + 1, parts.length);
                raw = String.join(" ", parts);
                break;
            }
        }
        if (isOrganisation(raw)) {
            while (i < parts.length - 1 && Set.of("the", "a", "an", "but", "and").contains(parts[i].toLowerCase(Locale.ROOT))) i++;
            return String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length));
        }
        // titles, and the words that qualify a title: "Transport Minister", "Coast Guard Commander"
        for (int k = parts.length - 2; k >= 0; k--) {
            if (TITLE_WORDS.contains(parts[k].toLowerCase(Locale.ROOT)) && !isConnector(parts[k])) {
                boolean allCapital = true;
                for (int x = 0; x < k; x++) allCapital &= Character.isUpperCase(parts[x].charAt(0));
                if (allCapital && k < parts.length - 1) i = k + 1;
                break;
            }
        }
        while (i < parts.length && TITLE_WORDS.contains(parts[i].toLowerCase(Locale.ROOT))) i++;
        // "Minister for Health Leo Varadkar", "Mayor of London Sadiq Khan": the title's complement goes too
        if (i > 0 && i + 2 < parts.length && (parts[i - 1].equals("for") || parts[i - 1].equals("of"))) i++;
        if (i == parts.length) return "";
        String s = i == 0 ? raw.strip() : String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length));
        if (s.endsWith("’s") || s.endsWith("'s")) s = s.substring(0, s.length() - 2);
        if (s.endsWith(".") || s.endsWith(",")) s = s.substring(0, s.length() - 1);
        return s;
    }

    /**
     * Last name (lower case) → longest title-free name ending with it, over the whole cluster. Only
     * runs in a person's position count: after a title ("Secretary of State John Kerry"), next to a
     * speech verb ("said Maria Lopez", "Ana Costa said"), or as an appositive (", Tomas Reed,") —
     * so "Crimea Russia" never becomes the full name of "Russia".
     */
    static Map<String, String> longestNames(ClusterText text) {
        Map<String, String> longest = new HashMap<>();
        for (CleanArticle art : text.articles()) {
            String t = art.text();
            for (int[] span : capitalisedRuns(t)) {
                String run = t.substring(span[0], span[1]);
                if (run.indexOf(' ') < 0) continue; // a lone word adds no longer form
                String bare = stripTitles(run);
                if (bare.isEmpty() || bare.indexOf(' ') < 0) continue;
                boolean titled = !bare.equals(run.strip().replaceAll("\\s+", " "));
                if (!titled && !personPosition(t, span[0], span[1])) continue;
                String[] parts = bare.split("\\s+");
                if (parts.length > 4) continue;
                String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
                String prev = longest.get(last);
                if (prev == null || parts.length > prev.split("\\s+").length) longest.put(last, bare);
            }
        }
        return longest;
    }

    private static final Pattern VERB_BEFORE = Pattern.compile("\\b" + SPEECH + "\\s+$");
    private static final Pattern VERB_AFTER = Pattern.compile("^,?\\s+(?:has\\s+|had\\s+)?(?:" + SPEECH.substring(3, SPEECH.length() - 1) + "|called|described)\\b");
    private static final Pattern APPOSITIVE_AFTER = Pattern.compile("^,\\s+(?:the|a|an|who|\\d)\\b");

    private static boolean isConnector(String w) {
        return NOT_TITLES.contains(w.toLowerCase(Locale.ROOT));
    }

    /** Words of {@link #TITLE_WORDS} that are not titles: function words, days, interface debris. */
    private static final Set<String> NOT_TITLES = Set.of("of", "for", "the", "a", "an", "and", "but", "in", "on", "at", "by", "from", "to", "as", "with",
                "if", "so", "then", "also", "one", "he", "she", "it", "they", "we", "i", "you", "this", "that", "there",
                "here", "what", "when", "where", "who", "why", "how", "his", "her", "their", "our", "my", "your", "its",
                "while", "after", "because", "although", "though", "first", "last", "next", "now", "still", "yet",
                "today", "later", "earlier", "instead", "indeed", "according", "speaking", "meanwhile", "however",
                "besides", "thus", "hence", "finally", "said", "says", "asked", "d", "r", "us", "u.s.", "un", "u.n.",
                "uk", "eu", "state", "house", "senate", "police", "continue", "reading", "share", "read", "more",
                "photo", "video", "advertisement", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
                "november", "december");

    /** A lower-case role word right before a name: "coast guard commander Viktor Sand", "lawyer Sofia Marin". */
    private static final Pattern ROLE_BEFORE = Pattern.compile("\\b\\p{Ll}+[ \\t]+$");

    private static boolean personPosition(String t, int start, int end) {
        String before = t.substring(Math.max(0, start - 20), start);
        Matcher role = ROLE_BEFORE.matcher(before);
        if (role.find() && TITLE_WORDS.contains(role.group().strip()) && !isConnector(role.group().strip())) return true;
        String after = t.substring(end, Math.min(t.length(), end + 30));
        if (VERB_BEFORE.matcher(before).find() || VERB_AFTER.matcher(after).find() || APPOSITIVE_AFTER.matcher(after).find()) return true;
        return before.stripTrailing().endsWith(",") && after.startsWith(",");
    }

    /**
     * Spans of capitalised-word runs ("US Secretary of State John Kerry", "Staffan de Mistura"),
     * split at punctuation and line breaks; a scanner rather than {@link #NAME}, which is too slow
     * over whole articles.
     */
    static List<int[]> capitalisedRuns(String text) {
        List<int[]> runs = new ArrayList<>();
        int runStart = -1, runEnd = -1; // runEnd: end of the last capitalised word (connectors pending after it)
        int n = text.length(), i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') i++;
            if (i < n && text.charAt(i) == '\n') {
                if (runStart >= 0) runs.add(new int[] {runStart, runEnd});
                runStart = -1;
                i++;
                continue;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(text.charAt(j))) j++;
            if (j == i) break;
            int a = i, b = j;
            boolean opened = false;
            while (a < b && OPENING.indexOf(text.charAt(a)) >= 0) {
                a++;
                opened = true;
            }
            boolean ends = false;
            while (b > a && CLOSING.indexOf(text.charAt(b - 1)) >= 0) {
                b--;
                ends = true;
            }
            if (b - 2 >= a && (text.startsWith("’s", b - 2) || text.startsWith("'s", b - 2))) {
                b -= 2;
                ends = true;
            }
            if (b > a && text.charAt(b - 1) == '.' && !isDottedAbbreviation(text.substring(a, b))) {
                b--;
                ends = true;
            }
            if (opened && runStart >= 0) {
                runs.add(new int[] {runStart, runEnd});
                runStart = -1;
            }
            String core = text.substring(a, b);
            if (!core.isEmpty() && Character.isUpperCase(core.charAt(0))) {
                if (runStart < 0) runStart = a;
                runEnd = b;
            } else if (runStart >= 0 && CONNECTORS.contains(core)) {
                // kept only if a capitalised word follows
            } else if (runStart >= 0) {
                runs.add(new int[] {runStart, runEnd});
                runStart = -1;
            }
            if (ends && runStart >= 0) {
                runs.add(new int[] {runStart, runEnd});
                runStart = -1;
            }
            i = j;
        }
        if (runStart >= 0) runs.add(new int[] {runStart, runEnd});
        return runs;
    }

    private static final String OPENING = "\"'“‘([{";
    private static final String CLOSING = ",;:!?\"”’)]}'";
    private static final Set<String> CONNECTORS = Set.of(
            "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le",
            "dos", "das", "of", "for");

    private static boolean isDottedAbbreviation(String core) {
        if (core.length() == 2 && Character.isUpperCase(core.charAt(0))) return true; // an initial: "F."
        if (core.indexOf('.') < core.length() - 1) return true;                        // "U.S."
        return TITLE_WORDS.contains(core.toLowerCase(Locale.ROOT));                   // "Mr.", "Gen."
    }


    private static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    /** Letters and digits only, lower case: "we cannot" and "we can not" meet. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static List<Quote> group(List<Found> found) {
        List<List<Found>> groups = new ArrayList<>();
        for (Found f : found) {
            List<Found> home = null;
            for (List<Found> g : groups) {
                if (same(g.get(0).key(), f.key())) {
                    home = g;
                    break;
                }
            }
            if (home == null) groups.add(home = new ArrayList<>());
            home.add(f);
        }
        List<Quote> quotes = new ArrayList<>();
        for (List<Found> g : groups) {
            Found longestText = g.stream().max(Comparator.comparingInt(f -> f.text().length())).orElseThrow();
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (Found f : g) if (!f.speaker().isEmpty()) votes.merge(f.speaker(), 1, Integer::sum);
            String speaker = votes.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                            .thenComparing(e -> Character.isUpperCase(e.getKey().charAt(0)))) // a name over a role
                    .map(Map.Entry::getKey).orElse("");
            List<Citation> cites = g.stream().map(Found::citation)
                    .sorted(Comparator.comparingInt(Citation::article).thenComparingInt(Citation::start)).toList();
            quotes.add(new Quote(longestText.text(), speaker, cites));
        }
        return quotes;
    }

    /** Identical after normalisation, or one contains the other and is at least 20 characters. */
    private static boolean same(String a, String b) {
        if (a.equals(b)) return true;
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        return shorter.length() >= 20 && longer.contains(shorter);
    }
}
