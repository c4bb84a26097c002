package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.Names.isPartyMember;
import static dev.precis.evidence.names.SpeechPatterns.NAME;

/**
 * The speaker of a partial quote woven into the writer's sentence, read from the grammar of the clause that holds
 * it, where {@link WovenQuotes} (a subject opening the sentence, a person already known) finds none: "But in
 * remarks to the paper, Reid tempered his praise and said he was “...”", "Karen Davis, a professor at ... and lead
 * author of the study, said overall improvement “...”", "Chaffetz, who said last week he has his “subpoena pen”
 * ready, told McCabe that “...”". The verb of saying nearest before the quote is found, then its subject: the
 * nearest name that stands where a clause starts (the sentence's start, after a lead-in and its comma, after
 * "when"/"and"/"but") and reaches the verb through what may stand between a subject and its verb: a short
 * parenthesis, an affiliation ("of the Sing All of Us campaign"), an appositive set off by commas or an open
 * "who" clause, adverbs; or through a verb phrase when the verb is coordinated ("... and said"), a participle
 * after a comma or a dash ("..., telling Boat International that") or an infinitive ("... a video to assure fans
 * that"). No capitalised word may stand in that verb phrase (another person may own the words: "Smith said Jones
 * described it as"), nor a passive ("was described by ... as"). The subject must be a person: one the cluster
 * gives a gender, one heard speak, or a full name the article has written before the quote (so "Heller" is Dean
 * Heller, named in full a paragraph before), never an organisation or "the Kentucky Republican".
 */
final class WovenSubjects {
    /**
     * Verbs that put someone's words into the writer's sentence, in every form the patterns below join to a subject:
     * {@link WovenQuotes}' verbs but "questioned" (this rule was measured without it, round woven16), and more forms.
     */
    private static final Pattern VERB = Pattern.compile("\\b(?:" + WovenQuotes.WRITERS_VERBS
            + "|accusing|pledging|promising|vowing|denying|assure|assuring|"
            + "called|calls|calling|described|describes|describing|describe|termed|"
            + "branded|denounced|denounces|saying|adding|telling|stating|noting|insisting|arguing|warning|explaining|"
            + "declaring|claiming|urging|writing|tell|insist|warn|declare|states)\\b");
    private static final Pattern NAME_RUN = Pattern.compile("\\b" + NAME);
    /** Words that may stand between a subject and its verb without being a clause of their own. */
    private static final Set<String> ADVERBS = Set.of("has", "had", "have", "also", "then", "later", "again", "already", "once",
            "previously", "repeatedly", "earlier", "often", "always", "never", "still", "would", "will", "did", "even", "last",
            "week", "month", "year", "night", "morning", "in", "a", "an", "the", "statement", "interview", "separately", "too");
    /** A word after which a clause, and so a subject, starts. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "when", "after", "as", "while", "because", "though",
            "although", "before", "since", "once", "until", "if", "so", "even", "yet", "whereas", "meanwhile", "then");
    /** Words that make a verb phrase passive or hand it another subject: the name before is not whose the words are. */
    private static final Pattern NOT_OWN = Pattern.compile("\\b(?:was|were|been|being|is|are|he|she|they|we|i|it|you|who|which|whom|whose|that|asked|told|urged|ordered|forced|allowed|invited|wanted|expected|encouraged)\\b");
    /** Prepositions and verbs of reporting before a name make it an object, not a subject. */
    private static final Set<String> OBJECT_MARKERS = Set.of("to", "with", "from", "by", "for", "of", "at", "in", "on", "about",
            "against", "toward", "towards", "into", "than", "like", "over", "under", "between", "among", "quoting", "told",
            "asked", "praised", "thanked", "criticized", "accused", "called", "urged", "named", "met", "and", "or", "nor");
    private static final Pattern PAREN = Pattern.compile("^\\s*\\([^()]{1,30}\\)");
    private static final Pattern AFFILIATION = Pattern.compile("^\\s+(?:of|from|with)\\s+(?:the\\s+)?" + NAME + "(?:\\s+(?:campaign|group|party|team|office|movement|committee|coalition|union|association|project))?");
    private static final Pattern RELATIVE = Pattern.compile("^,?\\s+who\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("^\\p{Lu}\\p{L}*['’]s\\s");
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "from", "by", "for", "of", "at", "in", "on", "about",
            "against", "toward", "towards", "into", "than", "like", "over", "under", "between", "among");
    /** Words that open a lead-in before a sentence's subject ("In ...,", "But at ...,", "When ...,", "Last month,"): the shared openers less pronouns and determiners. */
    private static final Set<String> LEAD_INS = leadIns();
    /** "The group's leader,", "Syria's representative to the UN,": a role opening the sentence, its holder's name set off after it. */
    private static final Pattern ROLE_BEFORE = Pattern.compile("^(?:The|His|Her|Their|Its|A|An|\\p{Lu}\\p{L}*['’]s)\\s+[^,\"“”]{1,60},$");
    private static final Pattern LOWER_WORD = Pattern.compile("^\\p{Ll}[\\p{Ll}-]*$");

    private WovenSubjects() {
    }

    /**
     * The speaker of the partial quote that {@code head}, the writer's words of its sentence before it, runs into;
     * null when the clause names none. {@code before} is the article's text before the quote.
     */
    static String speaker(String head, String before, Map<String, String> longest, Pronouns refs,
                          Set<String> persons, Set<String> speakersSeen) {
        String s = masked(head);
        int verbAt = -1, verbEnd = -1;
        Matcher v = VERB.matcher(s);
        while (v.find()) {
            verbAt = v.start();
            verbEnd = v.end();
        }
        if (verbAt < 0) return null;
        String verb = s.substring(verbAt, verbEnd);
        String lead = s.substring(0, verbAt);
        List<int[]> names = new ArrayList<>();
        Matcher m = NAME_RUN.matcher(lead);
        while (m.find()) names.add(new int[]{m.start(), m.end()});
        for (int k = names.size() - 1; k >= 0; k--) {
            int start = names.get(k)[0], end = names.get(k)[1];
            String raw = withoutOpeners(lead.substring(start, end));
            if (raw == null || TimePhrases.isCalendar(raw)) continue; // "Costa on Tuesday called": the day is no subject
            for (int after : afterSubject(lead, end)) {
                if (!joins(lead.substring(after), verb)) continue;
                // "quoting host Stuart Varney who said": the subject of the relative clause, whatever governs the name
                boolean relative = RELATIVE.matcher(lead).region(end, lead.length()).lookingAt();
                if (!opensClause(lead, start, relative) && !absolute(lead, start, verb, after)) return null;
                return person(raw, before, longest, refs, persons, speakersSeen);
            }
        }
        return null;
    }

    /** {@code head} with each quotation inside it replaced by a lower-case placeholder: its words are not the writer's. */
    static String masked(String head) {
        StringBuilder out = new StringBuilder(head.length());
        int i = 0;
        while (i < head.length()) {
            char c = head.charAt(i);
            int close = c == '“' ? head.indexOf('”', i + 1) : c == '"' ? head.indexOf('"', i + 1) : -1;
            if (close > i) {
                out.append("x");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The name run less the sentence-opening words glued before it ("But Reid"), less an outlet's possessive ("Times’ Ann Lee"); null when nothing is left. */
    private static String withoutOpeners(String raw) {
        String[] words = Spaces.split(raw);
        int from = 0;
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (w.endsWith("’") || w.endsWith("'") || w.endsWith("’s") || w.endsWith("'s")) from = i + 1;
        }
        while (from < words.length && Lexicon.SENTENCE_OPENERS.contains(words[from].toLowerCase(Locale.ROOT))) from++;
        if (from >= words.length) return null;
        String last = words[words.length - 1];
        if (last.endsWith("'s") || last.endsWith("’s") || last.endsWith("’") || last.endsWith("'")) return null; // an owner, not the subject
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    /**
     * Where the verb phrase after the subject ending at {@code end} begins: past a short parenthesis, an affiliation
     * ("of the Sing All of Us campaign") and an appositive set off by commas or an open "who"; -1 when the name runs
     * into something else.
     */
    private static List<Integer> afterSubject(String s, int end) {
        List<Integer> out = new ArrayList<>(2);
        int at = end;
        Matcher paren = PAREN.matcher(s).region(at, s.length());
        if (paren.lookingAt()) at = paren.end();
        Matcher of = AFFILIATION.matcher(s).region(at, s.length());
        if (of.lookingAt()) at = of.end();
        Matcher who = RELATIVE.matcher(s).region(at, s.length());
        boolean relative = who.lookingAt();
        if (at < s.length() && s.charAt(at) == ',') {
            int open = skipSpaces(s, at + 1);
            // an appositive: it opens lower case, on a number or a possessive, and closes on the last comma before the verb
            int close = s.lastIndexOf(',');
            if (open < s.length() && (Character.isLowerCase(s.charAt(open)) || Character.isDigit(s.charAt(open))
                    || POSSESSIVE.matcher(s).region(open, s.length()).lookingAt())
                    && close > open && close - open <= 220 && s.substring(open, close).indexOf(';') < 0) out.add(close + 1);
        } else if (!relative) {
            out.add(at);
        }
        if (relative) out.add(who.end()); // "Hinton, who states in her biography that", "Stuart Varney who said"
        return out;
    }

    /** Whether {@code link}, the words between a subject and {@code verb}, joins them as subject and verb. */
    private static boolean joins(String link, String verb) {
        String l = TimePhrases.lowered(link).strip(); // "Costa on Tuesday called it"
        if (l.length() > 200 || l.indexOf(';') >= 0 || l.chars().anyMatch(Character::isUpperCase)) return false;
        if (verb.endsWith("ing")) { // a participle after a comma or a dash: "..., telling Boat International that"
            return l.isEmpty() || l.endsWith(",") || l.endsWith("--") || l.endsWith("—") || l.endsWith(" by") && !l.contains(",");
        }
        if (l.isEmpty()) return true;
        String[] words = Spaces.split(l);
        boolean adverbs = true;
        for (String w : words) adverbs &= ADVERBS.contains(w) || TimePhrases.isWord(w) || w.endsWith("ly") && LOWER_WORD.matcher(w).matches();
        if (adverbs) return true;
        // a coordinated or infinitive verb: "tempered his praise and said", "posted a video to assure"
        boolean chained = words.length > 1 && (words[words.length - 1].equals("and") || words[words.length - 1].equals("to"));
        return chained && !l.contains(",") && !NOT_OWN.matcher(l).find();
    }

    /**
     * Whether a clause starts at {@code at}: the sentence's start, after a lead-in and its comma ("But in remarks to The
     * Post, Reid"), a dash or a conjunction, maybe behind a role ("host Ann Lee"); not a name set off after another
     * noun ("the guy who did this, Vitalii Sediuk, as a journalist"), nor after a preposition ("a close ally of Andrew
     * Cuomo, the governor of New York, who"), unless {@code relative} and no preposition stands before it.
     */
    private static boolean opensClause(String s, int at, boolean relative) {
        String before = s.substring(0, at).strip();
        String[] words = before.isEmpty() ? new String[0] : Spaces.split(before);
        int k = words.length - 1;
        // up to three lower-case role words before the name ("population biologist Joel Cohen")
        for (int n = 0; n < 3 && k >= 0 && LOWER_WORD.matcher(words[k]).matches() && !OBJECT_MARKERS.contains(words[k])
                && !CLAUSE_OPENERS.contains(words[k]); n++) k--;
        if (k < 0 || TimePhrases.all(words, 0, k + 1)) return true; // "Moments later producer Ana Costa returned"
        String w = words[k];
        if (relative) return !PREPOSITIONS.contains(w);
        if (w.equals("--") || w.equals("—") || w.endsWith(":")) return true;
        // the comma closes a lead-in ("In a statement,"), or a role the name is set off after ("Syria's envoy to the UN,")
        if (w.endsWith(",")) return LEAD_INS.contains(words[0].toLowerCase(Locale.ROOT)) || ROLE_BEFORE.matcher(before).matches();
        return CLAUSE_OPENERS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static String person(String raw, String before, Map<String, String> longest, Pronouns refs,
                                 Set<String> persons, Set<String> speakersSeen) {
        String name = Speakers.namedPerson(raw, longest, refs);
        if (name == null || isOrganisation(name) || isPartyMember(name)) return null;
        if (persons.contains(name) || speakersSeen.contains(name)) return name;
        if (Credits.isFullName(name, longest) && Antecedents.personName(name) && before.contains(name)) return name;
        // a name the cluster never puts where only persons stand: the full form the article wrote last before the
        // quote ("Nevada’s junior senator, Dean Heller." before "Heller suggested ..."), given a name no word of the
        // article's running text shares ("Neighboring Ukraine" is no person: "neighboring" is written lower case)
        String full = "".equals(longest.get(name.toLowerCase(Locale.ROOT))) ? null : lastFullForm(name, before);
        if (full == null || !Antecedents.personName(full) || isOrganisation(full) || isPartyMember(full)) return null;
        String given = full.substring(0, full.indexOf(' '));
        return Pattern.compile("\\b" + Pattern.quote(given.toLowerCase(Locale.ROOT)) + "\\b").matcher(before).find() ? null : full;
    }

    /**
     * The full form the article gives {@code name}'s last word before the quote: one or two capitalised words and that
     * word, less titles; null when none, or when it writes two different ones ("Barack Obama", "Michelle Obama").
     */
    static String lastFullForm(String name, String before) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        if (surname.length() < 2) return null;
        Matcher m = Pattern.compile("(?<![\\p{L}.'’-])((?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*)[ \\t]+){1,2})" + Pattern.quote(surname) + "\\b(?!['’])").matcher(before);
        String found = null;
        while (m.find()) {
            String[] words = Spaces.split(m.group());
            int from = 0;
            while (from < words.length - 1 && (Lexicon.PERSON_TITLES.contains(words[from].toLowerCase(Locale.ROOT))
                    || Lexicon.SENTENCE_OPENERS.contains(words[from].toLowerCase(Locale.ROOT)) || words[from].endsWith("."))) from++;
            if (words.length - from < 2) continue;
            String full = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
            if (found != null && !found.endsWith(full) && !full.endsWith(found)) return null; // two persons, one surname
            if (found == null || full.length() > found.length()) found = full;
        }
        return found;
    }

    /** "with McConnell saying his chamber will": a participle right after its subject, the two governed by "with". */
    private static boolean absolute(String s, int at, String verb, int after) {
        return verb.endsWith("ing") && s.substring(after).isBlank() && s.substring(0, at).stripTrailing().endsWith(" with");
    }

    private static Set<String> leadIns() {
        Set<String> out = new java.util.HashSet<>(Lexicon.SENTENCE_OPENERS);
        out.removeAll(Set.of("a", "an", "the", "he", "she", "it", "its", "i", "we", "they", "you", "your", "my", "our", "their",
                "his", "her", "this", "that", "there", "here", "what", "who", "why", "how", "many", "some", "one", "others", "said", "says", "asked"));
        out.addAll(Set.of("during", "despite", "amid", "following", "even", "unlike", "until", "over", "under"));
        return Set.copyOf(out);
    }

    private static int skipSpaces(String s, int at) {
        while (at < s.length() && Character.isWhitespace(s.charAt(at))) at++;
        return at;
    }
}
