package dev.precis.evidence.quotes;

import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.CAP;
import static dev.precis.evidence.names.SpeechPatterns.PARTICLE;

/**
 * The person at the end of a long capitalised run after a speech verb, which the name pattern cuts short:
 * "said San Diego Lifeguard Lt. John Sandmeyer" (a rank's abbreviation inside the run, whose period stops it) and
 * "said Santa Clara County Public Defender Molly O’Neal" (a body and its office before the name, more words than
 * a name phrase holds). In both the body and the office come first and the person's name closes the run.
 */
final class NameRuns {
    /** {@link dev.precis.evidence.names.SpeechPatterns#NAME}'s longest phrase: six capitalised words. */
    private static final int NAME_WORDS = 6;
    private static final String PERSON = CAP + "(?:[ \\t]+(?:" + PARTICLE + "[ \\t]+)?" + CAP + "){1,3}";
    /** ". John Sandmeyer": the name after the abbreviation's period. */
    private static final Pattern AFTER_ABBREVIATION = Pattern.compile("^\\.[ \\t]+(?<name>" + PERSON + ")");
    /** " O’Neal": the run going on past the words the name pattern took. */
    private static final Pattern RUN_GOES_ON = Pattern.compile("^(?:[ \\t]+" + CAP + ")+");

    private NameRuns() {
    }

    /**
     * The person closing the run whose first words {@code tail} holds from {@code start} to {@code end}; null when
     * the run ends there (the name found is the whole of it).
     */
    static String person(String tail, int start, int end) {
        String found = tail.substring(start, end), after = tail.substring(end);
        String[] words = Spaces.split(found);
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (words.length >= 2 && Lexicon.PERSON_TITLES.contains(last + ".")) {
            Matcher m = AFTER_ABBREVIATION.matcher(after);
            if (m.find()) return m.group("name");
        }
        if (words.length < NAME_WORDS) return null;
        Matcher more = RUN_GOES_ON.matcher(after);
        if (!more.find()) return null;
        String[] run = Spaces.split(found + more.group());
        String first = run[run.length - 2], surname = run[run.length - 1];
        // a title or a body's word just before the surname is no first name: leave such a run alone
        if (Lexicon.PERSON_TITLES.contains(first.toLowerCase(Locale.ROOT)) || first.endsWith(".")) return null;
        return first + " " + surname;
    }
}
