package dev.precis.evidence.quotes;

import dev.precis.lexicon.StartPattern;
import dev.precis.model.CleanArticle;
import dev.precis.model.ClusterText;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.Sentences.sentenceStart;
import static dev.precis.evidence.names.SpeechPatterns.CAP;
import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.NON_PERSONS;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH_WORDS;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH_SUBJECT;

/** The gender of persons, only from the cluster's own cues; never from lists of first names. */
public final class Genders {
    private static final List<String> GENDER_TITLES = List.of("Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady");
    private static final Pattern GENDER_TITLE = Pattern.compile(
            "\\b(?<t>Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\\.?[ \\t]+(?<name>" + CAP + "(?:[ \\t]+" + CAP + "){0,2})");
    /** A name opening a sentence, with an optional appositive, before a lower-case word. */
    private static final Pattern SUBJECT_START = Pattern.compile(
            "(?<name>" + NAME + ")(?:,[^,\"“”]{1,80},)?\\s+\\p{Ll}");

    /**
     * "Campbell said Olivia was a child who loved her siblings": the subject's verb is a speech verb and the clause
     * it reports opens on a subject of its own, whom a later possessive may stand for (read at the verb only).
     */
    private static final Pattern REPORTED_SUBJECT = Pattern.compile(
            SPEECH + "\\s+(?:that\\s+)?(?!(?:He|She|It|They|We|I|You|This|That|There)\\b)\\p{Lu}\\p{Ll}");

    private static final Pattern DETERMINER = Pattern.compile("(?:The|A|An|This|That|These|Those)\\s");

    /** Kin words of a person's sex: nouns that may head a sentence about someone unnamed and roles of a named person alike. */
    private static final String FEMALE_KIN = "mother|wife|daughter|sister|grandmother";
    private static final String MALE_KIN = "father|husband|son|brother|grandfather";
    /** Nouns of a person's sex that may head a sentence about someone unnamed ("The woman said"; {@link Referents}). */
    static final String FEMALE_NOUNS = "woman|girl|lady|" + FEMALE_KIN;
    static final String MALE_NOUNS = "man|boy|" + MALE_KIN;
    /** Kinship and roles that state a named person's sex: the kin words and more. */
    private static final String FEMALE_ROLES = FEMALE_KIN + "|granddaughter|aunt|niece|widow|girlfriend|"
            + "actress|spokeswoman|congresswoman|chairwoman|businesswoman|stepmother|stepdaughter";
    private static final String MALE_ROLES = MALE_KIN + "|grandson|uncle|nephew|widower|boyfriend|"
            + "actor|spokesman|congressman|chairman|businessman|stepfather|stepson";
    /**
     * "Michelle Troye, Frank’s daughter, knew", "Jennifer Rivers, mother of Tavin Price", "Ana Costa, a
     * former actress,": a kin word or gendered role heading the appositive right after a name (its own
     * lower-case words before it at most two), closed by a comma, a period or "of".
     */
    private static final StartPattern APPOSITIVE_ROLE = StartPattern.of(
            "(?<name>" + NAME + "),\\s+(?:(?:a|an|the|his|her|their)\\s+|" + CAP + "['’]s\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}"
                    + "(?:(?<f>" + FEMALE_ROLES + "|woman|girl)|(?<m>" + MALE_ROLES + "|man|boy))(?=,|\\.|\\s+of\\b)", StartPattern.atWordStart(Character::isUpperCase));
    /**
     * "His mother, Maria Feng, remembers", "actress Emma Stone": the role right before a full name (no
     * "man"/"woman": "the woman Donald Trump called" is no apposition).
     */
    private static final Set<String> ROLE_WORDS = Set.of((FEMALE_ROLES + "|" + MALE_ROLES).split("\\|"));
    private static final StartPattern ROLE_BEFORE_NAME = StartPattern.of(
            "\\b(?:(?<f>" + FEMALE_ROLES + ")|(?<m>" + MALE_ROLES + ")),?[ \\t]+(?<name>" + CAP + "[ \\t]+" + CAP + "(?:[ \\t]+" + CAP + ")?)",
            // the regex tries its 34 roles one by one at each word start: read the word once and look it up instead
            StartPattern.on(StartPattern.initials(ROLE_WORDS),
                    (text, at) -> StartPattern.mayStartWord(text, at) && roleAt(text, at, ROLE_WORDS, ", \t")));
    /** The words that may close an {@link #APPOSITIVE_ROLE}: the roles, "woman", "girl", "man", "boy". */
    private static final Set<String> APPOSITIVE_WORDS = new java.util.HashSet<>(ROLE_WORDS);

    /** Per first letter, the lengths (as bits) of the words above that start on it: most words are turned away without a look-up. */
    private static final int[] ROLE_LENGTHS = new int[26];

    static {
        APPOSITIVE_WORDS.addAll(List.of("woman", "girl", "man", "boy"));
        for (String w : APPOSITIVE_WORDS) ROLE_LENGTHS[w.charAt(0) - 'a'] |= 1 << w.length();
    }

    private Genders() {
    }

    /**
     * Persons whose gender the cluster states: a gendered title ("Mr Brandt", "Ms Okafor"), "X said
     * (that) he/she ...", or a sentence whose subject is X and that goes on with "his"/"her". No
     * lists of first names. A person with cues both ways is left unknown. A possessive after a reported
     * clause that names its own subject ("X said Olivia ... her") is no cue for X.
     */
    static Map<String, Character> genders(ClusterText text, Map<String, String> longest) {
        Map<String, Character> out = new HashMap<>();
        Set<String> mixed = new java.util.HashSet<>();
        for (CleanArticle art : text.articles()) {
            titles(art.text(), longest, out, mixed);
            roles(art.text(), longest, out, mixed);
            pronounCues(art.text(), longest, out, mixed);
        }
        for (String x : mixed) out.remove(x);
        return out;
    }

    /** "Mr Brandt", "Ms Okafor": a gendered title before a name. */
    private static void titles(String t, Map<String, String> longest, Map<String, Character> out, Set<String> mixed) {
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
    }

    /** "Michelle Troye, Frank’s daughter,", "his mother, Maria Feng,": a kin word or gendered role next to a name. */
    private static void roles(String t, Map<String, String> longest, Map<String, Character> out, Set<String> mixed) {
        java.util.BitSet names = appositiveStarts(t);
        Matcher m = APPOSITIVE_ROLE.matcher(t); // tried only where a name can start that a comma and a role word follow
        for (int from = 0; APPOSITIVE_ROLE.find(m, t, from, t.length(), names); from = m.end())
            gendered(out, mixed, m.group("name"), m.group("f") != null ? 'f' : 'm', longest);
        m = ROLE_BEFORE_NAME.matcher(t); // tried only at a role word
        for (int from = 0; ROLE_BEFORE_NAME.find(m, t, from, t.length()); from = m.end())
            gendered(out, mixed, m.group("name"), m.group("f") != null ? 'f' : 'm', longest);
    }

    /**
     * Where an {@link #APPOSITIVE_ROLE} can start: its name holds no comma and no line break, and the one
     * comma after it is followed, before any other comma, by a role word after white space ("Ana Costa, a
     * former actress,"). So only the offsets between a line break or comma and a comma with such a word
     * after it; most commas have none, and the pattern, tried at every capitalised word, was the costliest
     * part of finding genders.
     */
    static java.util.BitSet appositiveStarts(String t) {
        java.util.BitSet out = new java.util.BitSet(t.length());
        int n = t.length(), from = 0; // where the text that the next comma closes begins
        for (int c = t.indexOf(','); c >= 0; c = t.indexOf(',', c + 1)) {
            int next = t.indexOf(',', c + 1), end = next < 0 ? n : next;
            boolean role = false;
            for (int k = c + 2; k < end && !role; k++)
                role = isRegexSpace(t.charAt(k - 1)) && roleAt(t, k, APPOSITIVE_WORDS, ",. \t\n\u000B\f\r");
            if (role) out.set(Math.max(from, t.lastIndexOf('\n', c) + 1), c);
            from = c + 1;
        }
        return out;
    }

    /** Whether the lower-case ASCII word at {@code at} is one of {@code words}, followed by one of {@code after} or the text's end. */
    private static boolean roleAt(CharSequence t, int at, Set<String> words, String after) {
        int j = at, n = t.length();
        while (j < n && t.charAt(j) >= 'a' && t.charAt(j) <= 'z') j++;
        if (j == at || (ROLE_LENGTHS[t.charAt(at) - 'a'] & 1 << Math.min(j - at, 31)) == 0 || j < n && after.indexOf(t.charAt(j)) < 0) return false;
        return words.contains(t.subSequence(at, j).toString());
    }

    /**
     * "Okafor said she ...": the subject before the speech verb; "Petra Lind, who survived ..., waited
     * with her husband": a sentence's subject and its possessive. The pronouns are found first, by a
     * scan of the spaces, and each kind of cue is read in a loop of its own: one loop doing all three
     * was compiled by the JIT, both regex searches inlined, as one method of 50 to 80 KB.
     */
    private static void pronounCues(String t, Map<String, String> longest, Map<String, Character> out, Set<String> mixed) {
        int[][] found = pronouns(t);
        int[] subjects = found[0], possessives = found[1];
        Matcher sub = SPEECH_SUBJECT.matcher(t);
        for (int k = 0; k < subjects.length; k++) {
            int i = subjects[k], verb = speechVerbBefore(t, i);
            if (verb >= 0 && SPEECH_SUBJECT.find(sub, t, Math.max(0, verb - 120), verb)) gendered(out, mixed, sub.group("name"), word(t, i), longest);
        }
        Matcher subject = SUBJECT_START.matcher(t), reported = REPORTED_SUBJECT.matcher(t);
        int lastStart = -1;
        for (int k = 0; k < possessives.length; k++) {
            int i = possessives[k], from = sentenceStart(t, i);
            if (from == lastStart || i - from > 200) continue;
            lastStart = from;
            subject.region(from, i);
            // "The Fort Wayne mother ... her children": a determiner makes the capitalised words a modifier, not the subject
            if (subject.lookingAt() && !DETERMINER.matcher(subject.group("name")).lookingAt()
                    && !reported.region(subject.end() - 1, i).lookingAt()) gendered(out, mixed, subject.group("name"), word(t, i), longest);
        }
    }

    /**
     * Offsets of the spaces before "he"/"she" (first array) and before "his", "her", "himself",
     * "herself" (second), in text order, from one scan of the spaces.
     */
    private static int[][] pronouns(String t) {
        int[][] out = {new int[16], new int[16]};
        int[] n = new int[2];
        for (int i = t.indexOf(' '); i >= 0 && i + 2 < t.length(); i = t.indexOf(' ', i + 1)) {
            char c = t.charAt(i + 1);
            if (c != 'h' && c != 's') continue;
            String w = word(t, i);
            int kind = w.equals("he") || w.equals("she") ? 0
                    : w.equals("his") || w.equals("her") || w.equals("himself") || w.equals("herself") ? 1 : -1;
            if (kind < 0) continue;
            if (n[kind] == out[kind].length) out[kind] = java.util.Arrays.copyOf(out[kind], 2 * n[kind]);
            out[kind][n[kind]++] = i;
        }
        return new int[][]{java.util.Arrays.copyOf(out[0], n[0]), java.util.Arrays.copyOf(out[1], n[1])};
    }

    /** The letters after the space at {@code space}. */
    private static String word(String t, int space) {
        int j = space + 1;
        while (j < t.length() && Character.isLetter(t.charAt(j))) j++;
        return t.substring(space + 1, j);
    }

    /** How far back a speech verb may start before the pronoun's space: "told reporters that she". */
    private static final int SAID_REACH = 40;

    /**
     * Where the speech verb starts that the pronoun after {@code space} is the subject of ("said he",
     * "told reporters that she": the verb, then at most a lower-case word and "that"); -1 when none
     * starts within {@value #SAID_REACH} characters. Of several readings, the one starting first.
     */
    static int speechVerbBefore(String t, int space) {
        int floor = Math.max(0, space - SAID_REACH);
        int[] words = new int[6]; // start and end of the last three words before the space, nearest first
        int n = 0;
        for (int at = space; n < 3 && at >= 0; n++) {
            int e = at;
            while (e >= 0 && isRegexSpace(t.charAt(e))) e--;
            if (e < 0) break;
            int b = e;
            while (b > 0 && !isRegexSpace(t.charAt(b - 1))) b--;
            words[2 * n] = b;
            words[2 * n + 1] = e + 1;
            at = b - 1;
        }
        // the verb is word k, the earliest start first; the words after it read "lower that", "lower" or nothing
        for (int k = Math.min(n - 1, 2); k >= 0; k--) {
            if (k == 2 && !(lowerWord(t, words[2], words[3]) && words[1] - words[0] == 4 && t.startsWith("that", words[0]))) continue;
            if (k == 1 && !lowerWord(t, words[0], words[1])) continue;
            int verb = verbStart(t, words[2 * k], words[2 * k + 1]);
            if (verb >= floor) return verb;
        }
        return -1;
    }

    /** Start of the speech verb that ends the word [b, e) after a word boundary ("—said"); -1 if it ends in none. */
    private static int verbStart(String t, int b, int e) {
        int s = e;
        while (s > b && Character.isLetter(t.charAt(s - 1))) s--;
        if (s > 0 && isWordChar(t.charAt(s - 1))) return -1;
        return SPEECH_WORDS.contains(t.substring(s, e)) ? s : -1;
    }

    private static boolean lowerWord(String t, int b, int e) {
        for (int k = b; k < e; k++) if (Character.getType(t.charAt(k)) != Character.LOWERCASE_LETTER) return false;
        return e > b;
    }

    /** Java regex's {@code \s}: ASCII white space only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Java regex's word characters for {@code \b}. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static void gendered(Map<String, Character> out, Set<String> mixed, String raw, String pronoun,
                                 Map<String, String> longest) {
        gendered(out, mixed, raw, pronoun.equals("he") || pronoun.startsWith("hi") ? 'm' : 'f', longest);
    }

    private static void gendered(Map<String, Character> out, Set<String> mixed, String raw, char g,
                                 Map<String, String> longest) {
        String name = canonical(raw, longest);
        if (name.isEmpty() || isOrganisation(name) || !Character.isUpperCase(name.charAt(0))
                || PRONOUNS.contains(name.toLowerCase(Locale.ROOT)) || NON_PERSONS.contains(name.toLowerCase(Locale.ROOT))) return;
        note(out, mixed, name, g);
    }

    private static void note(Map<String, Character> out, Set<String> mixed, String name, char g) {
        if (name.isEmpty()) return;
        Character prev = out.putIfAbsent(name, g);
        if (prev != null && prev != g) mixed.add(name);
    }
}
