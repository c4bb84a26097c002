package dev.precis.evidence.quotes;

import dev.precis.evidence.names.Names;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;
import dev.precis.lexicon.StartPattern;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.SpeechPatterns.CAP;
import static dev.precis.evidence.names.SpeechPatterns.PARTICLE;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * Persons spoken of by a role or a title rather than by name ("the minister added", "But the president
 * also emphasized ..."): whom the text before gave that role, and whether a paragraph speaks of a person again.
 */
final class Roles {
    private Roles() {
    }

    /**
     * Whether the paragraph names {@code person} again by the last word of the name ("For Mr. Obama, the
     * first prerequisite ..."): like a paragraph that says "he" or "she", it keeps that person the one a
     * later pronoun stands for.
     */
    static boolean namesAgain(String line, String person) {
        if (person.isEmpty()) return false;
        return wordAt(line, person.substring(person.lastIndexOf(' ') + 1), 0) >= 0;
    }

    /** Where {@code word} next stands in {@code text} from {@code from} as a word of its own, no letter beside it; -1 when nowhere. */
    private static int wordAt(String text, String word, int from) {
        for (int i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) return i;
        }
        return -1;
    }

    /**
     * "the Facebook founder said", "the former House speaker and Republican presidential contender said", "The
     * Kansas Republican - who served 27 years ... - said": a speech verb whose subject is "the" and a description
     * (its last word a lower-case noun or a party), maybe with an aside, which names no one new but points back
     * to someone the reader knows.
     */
    private static final StartPattern DESCRIBED_SPEAKER = StartPattern.of(
            "\\b[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,6}?(?:(?<noun>\\p{Ll}{3,})|Republican|Democrat)(?:\\s+[-—–][^-—–\"“”.!?]{1,120}[-—–]|,[^,\"“”.!?]{1,80},)?\\s+" + SPEECH + "\\b", StartPattern.atWordStart("tT"));

    /**
     * Whether the paragraph speaks of {@code person} by a description as the subject of its speech ("In an
     * interview with the BBC, the Facebook founder said ..." after "Mark Zuckerberg has revealed ..."):
     * it names nobody else by a full name of the cluster, and the description's last word is no role that
     * the text before {@code upTo} gives someone else ("the spokesman said" after "spokesman Jon Reed").
     * Like a paragraph that says "he" or "she", it keeps that person the one a later pronoun stands for.
     */
    static boolean describedAgain(String line, String person, String text, int upTo, Map<String, String> longest) {
        if (person.isEmpty()) return false;
        Matcher m = DESCRIBED_SPEAKER.matcher(line);
        if (!DESCRIBED_SPEAKER.find(m, line, 0, line.length()) || namesSomeoneElse(line, person, longest)) return false;
        if (m.group("noun") == null) return true; // "the Kansas Republican": a party, no role anyone else is given
        Set<String> named = peopleWithRole(m.group("noun"), text.substring(0, upTo), longest);
        return named.isEmpty() || named.size() == 1 && named.contains(person);
    }

    /** Whether the paragraph has a speaker described by "the" and a description ({@link #describedAgain} reads whom). */
    static boolean describesSpeaker(String line) {
        return DESCRIBED_SPEAKER.find(line);
    }

    /** Whether a capitalised word of {@code line} is the surname of a full name of the cluster other than {@code person}. */
    private static boolean namesSomeoneElse(String line, String person, Map<String, String> longest) {
        return Referents.surnames(line, longest, (i, full) ->
                full.indexOf(' ') > 0 && !full.equals(person) && !isOrganisation(full) && !Names.isPartyMember(full));
    }

    private static final Pattern THE_TITLE = Pattern.compile("\\b[Tt]he\\s+(\\p{Ll}+)\\b");

    /**
     * Whether the paragraph speaks of {@code person} by a title ("But the president also emphasized ...",
     * "The general went on to explain ..."): "the" and a person's title that {@code text} before
     * {@code upTo} gave that person ({@link #calledBy}) and nobody else by a full name
     * ({@link #peopleWithRole}). That text is cut out only for a person's title: most paragraphs hold none.
     */
    static boolean titleOf(String line, String person, String text, int upTo, Map<String, String> longest) {
        if (person.isEmpty()) return false;
        Matcher m = THE_TITLE.matcher(line);
        String before = null;
        while (m.find()) {
            String title = m.group(1);
            if (!Lexicon.PERSON_TITLES.contains(title)) continue;
            if (before == null) before = text.substring(0, upTo);
            if (!calledBy(title, person, before)) continue; // the cheap test first: the role patterns are built per title
            Set<String> named = peopleWithRole(title, before, longest);
            if (named.isEmpty() || named.size() == 1 && named.contains(person)) return true;
        }
        return false;
    }

    /**
     * A title written short, without its dot, and the title in full: the one each short form stands for in
     * news copy ("Gen." is never "genius"; "Rep." could be "reporter" by its letters, but is not).
     */
    private static final Map<String, String> ABBREVIATIONS = Map.of("gen", "general", "sen", "senator", "gov", "governor",
            "rep", "representative", "capt", "captain", "col", "colonel", "prof", "professor", "lt", "lieutenant",
            "sgt", "sergeant", "dr", "doctor");

    /** Whether {@code word} is the short form of the title {@code title} ("Gen" for "general"). */
    static boolean abbreviates(String word, String title) {
        return title.equals(ABBREVIATIONS.get(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether {@code before} gives {@code person} the title {@code title}, a person's title: the title, then
     * at most four capitalised words and the person's surname ("President Obama", "Former Senate Majority
     * Leader Bob Dole" for "former", "Lt. Gen. Thomas Bergeson" for "general").
     */
    static boolean calledBy(String title, String person, String before) {
        if (!Lexicon.PERSON_TITLES.contains(title)) return false;
        String surname = person.substring(person.lastIndexOf(' ') + 1);
        for (int i = wordAt(before, surname, 0); i >= 0; i = wordAt(before, surname, i + 1)) {
            String[] words = Spaces.split(before.substring(Math.max(0, i - 80), i).strip());
            for (int k = words.length - 1; k >= 0 && k >= words.length - 5; k--) {
                String w = words[k].endsWith(".") ? words[k].substring(0, words[k].length() - 1) : words[k];
                if (w.equalsIgnoreCase(title) || words[k].endsWith(".") && abbreviates(w, title)) return true;
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) break;
            }
        }
        return false;
    }

    private static final Pattern TITLE_CASE_RUN = Pattern.compile(CAP + "(?:[ \\t]+(?:(?:" + PARTICLE + ")[ \\t]+)?" + CAP + "){1,3}");
    /** "President Obama", "lawyer Costa": after a role a surname alone names the person, whose full name the cluster gives. */
    private static final Pattern SURNAME_OR_RUN = Pattern.compile(CAP + "(?:[ \\t]+(?:(?:" + PARTICLE + ")[ \\t]+)?" + CAP + "){0,3}");

    /**
     * The persons, by full name, whom the text before a quote gives the role {@code role}: "Interior
     * Minister Bernard Cazeneuve" or "Kaylie Hanson, a DNC spokeswoman" for "the minister" / "the
     * spokeswoman", "Lt. Gen. Thomas Bergeson" for "the general". The role speaks for its person only when there is one.
     */
    static Set<String> peopleWithRole(String role, String before, Map<String, String> longest) {
        Set<String> found = new LinkedHashSet<>();
        // the text before a quote is up to a whole article: each pattern is tried only where it can start
        char first = role.charAt(0);
        StringBuilder written = new StringBuilder(Pattern.quote(role));
        ABBREVIATIONS.forEach((a, title) -> {
            if (title.equals(role)) written.append('|').append(a).append("\\.");
        });
        StartPattern roleThenName = StartPattern.of("\\b(?i:" + written + ")[ \\t]+(?<name>" + SURNAME_OR_RUN.pattern() + ")",
                StartPattern.atWordStart(String.valueOf(first) + Character.toUpperCase(first)));
        Matcher m = roleThenName.matcher(before);
        for (int from = 0; roleThenName.find(m, before, from, before.length()); from = m.end()) addPerson(m.group("name"), longest, found);
        if (before.contains(role)) { // the name, then its role as written
            StartPattern nameThenRole = StartPattern.of("(?<name>" + TITLE_CASE_RUN.pattern() + "),[ \\t]+(?:(?:the|a|an)[ \\t]+)?(?:[\\p{L}'’.-]+[ \\t]+){0,4}?"
                    + Pattern.quote(role) + "\\b", StartPattern.UPPER_CASE);
            m = nameThenRole.matcher(before);
            for (int from = 0; nameThenRole.find(m, before, from, before.length()); from = m.end()) addPerson(m.group("name"), longest, found);
        }
        return found;
    }

    private static void addPerson(String raw, Map<String, String> longest, Set<String> out) {
        String name = canonical(raw, longest);
        if (name.indexOf(' ') > 0 && !isOrganisation(name) && !Names.isDebris(name)) out.add(name);
    }
}
