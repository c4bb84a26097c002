package dev.precis.evidence.quotes;

import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.SpeechPatterns.INVERTED_SPEECH;
import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;
import static dev.precis.evidence.quotes.Speakers.TO_LISTENER;

/**
 * Credits with the verb before the name: "said Harvard law professor Jack Goldsmith" after the quote, "Added Lesh: "
 * before it. The name is the words after the verb, less the organisation or place a role ties it to.
 */
final class VerbFirstCredits {
    private static final Pattern AFTER_VERB = Pattern.compile(
            "^\\s*[,.]?\\s*" + INVERTED_SPEECH + "\\s+(?<name>" + NAME + ")");
    /** ", having staged runs in 2008 and 2012, notes Andy Kroll": the verb and the name after a clause of the writer's. */
    private static final Pattern AFTER_CLAUSE_VERB = Pattern.compile(
            "^\\s*[,.]?\\s*[^\"“”.!?]{1,80}?,\\s*" + SPEECH + "\\s+(?<name>" + NAME + ")");
    /** "Republican National Committee chairman Michael Steele": an organisation's role, then the person holding it. */
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("\\s+(?<role>(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3})(?<name>" + NAME + ")");
    /**
     * "said community organizer Abril Gallardo", "said another relative, Nisha Odell": a few lower-case
     * role words between verb and name, the last one maybe set off by a comma.
     */
    private static final Pattern AFTER_VERB_ROLE = Pattern.compile(
            "^\\s*[,.]?\\s*" + INVERTED_SPEECH + "\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}\\p{Ll}[\\p{Ll}-]*,?\\s+(?<name>" + NAME + ")");
    /**
     * "Added Lesh: ", "..., offers Weir, ": the verb before the name, the quote right after; the verb
     * opens the sentence or follows a comma.
     */
    private static final Pattern VERB_THEN_NAME_BEFORE = Pattern.compile(
            "(?:^\\s*|,\\s+)(?<verb>(?i:" + INVERTED_SPEECH + "))\\s+(?<name>" + NAME + ")\\s*[:,]\\s*$");

    private VerbFirstCredits() {
    }

    /** The name a verb of speech opening the words after the quote credits ("said CNN senior analyst David Gergen"); null when none. */
    static String after(String tail) {
        Matcher m = AFTER_VERB.matcher(tail);
        return m.find() ? holder(tail, m) : null;
    }

    /** The name after a verb and a few role words ("said another relative, Nisha Odell"); null when none. */
    static String afterRole(String tail) {
        Matcher m = AFTER_VERB_ROLE.matcher(tail);
        return m.find() ? holder(tail, m) : null;
    }

    /** The name after a clause of the writer's and the verb (", having staged runs in 2008, notes Andy Kroll"); null when none. */
    static String afterClause(String tail) {
        Matcher m = AFTER_CLAUSE_VERB.matcher(tail);
        return m.find() ? m.group("name") : null;
    }

    /** The name after a verb opening the words before the quote ("Added Lesh: "), not whom it was told to; null when none. */
    static String before(String head) {
        Matcher m = VERB_THEN_NAME_BEFORE.matcher(head);
        return m.find() && !TO_LISTENER.contains(m.group("verb").toLowerCase(Locale.ROOT)) ? m.group("name") : null;
    }

    /**
     * The name found, or the person holding a role in it: an organisation's role, then the name ("said CNN
     * senior analyst David Gergen"), or any name, then an office and a name ("said Harvard law professor
     * Jack Goldsmith": the school is where the professor works, not who speaks).
     */
    private static String holder(String tail, Matcher found) {
        String closing = NameRuns.person(tail, found.start("name"), found.end("name")); // "said San Diego Lifeguard Lt. John Sandmeyer"
        if (closing != null) return closing;
        String compound = CompoundRoles.holder(tail, found.end("name")); // "said Facebook founder and CEO, Mark Zuckerberg"
        if (compound != null) return compound;
        String reporter = StationCredits.holder(tail, found.end("name")); // "asked FOX 4 Reporter James Rose"
        if (reporter != null) return reporter;
        Matcher m = ROLE_THEN_NAME.matcher(tail).region(found.end("name"), tail.length());
        if (!m.lookingAt()) return found.group("name");
        if (isOrganisation(found.group("name"))) return m.group("name");
        String[] role = Spaces.split(m.group("role").strip());
        if (Lexicon.PERSON_TITLES.contains(role[role.length - 1])) return m.group("name");
        // "said Anaheim resident Joe Castaneda": a place or a group, then what the person is there, then the person's
        // full name; not "said Smith in New York", whose lower-case word is a preposition
        for (String w : role) if (!w.matches("\\p{Ll}{3,}") || FUNCTION_WORDS.contains(w)) return found.group("name");
        return Spaces.split(m.group("name")).length >= 2 ? m.group("name") : found.group("name");
    }

    /** Lower-case words that tie a name to what follows without naming a role ("said Smith in New York", "told Smith last week"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "but", "for", "from", "with", "the", "after", "before", "during",
            "when", "while", "who", "that", "which", "about", "than", "into", "onto", "last", "this", "next", "told", "tells",
            "says", "said", "was", "were", "has", "had", "have", "will", "would", "could", "should", "not", "also", "then", "over", "under");
}
