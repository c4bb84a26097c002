package dev.precis.evidence.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * An unnamed speaker singled out of several after the quote: "“...,” one juror told the judge", "“...” one defense
 * attorney asked the woman", "“...,” as one local reporter described it", "“...,” said one visibly shaken firefighter
 * after helping ...". "one" and "another" (and "a"/"an" after "as" or before a clause of time) bring in someone new,
 * never a person named before, so the role itself is the speaker, as the labels have it; "said the minister" is left
 * to the forms that look for the person named before ({@link Roles}).
 */
final class UnnamedOnes {
    private static final String ROLE_WORDS = "(?:\\s+\\p{Ll}[\\p{Ll}'’-]*){1,4}?";
    /** "one juror told", "as one local reporter described it". */
    private static final Pattern ROLE_THEN_VERB = Pattern.compile("^\\s*[,.]?\\s*(?<role>(?:(?:as\\s+)?(?:one|another)|as\\s+(?:a|an))"
            + ROLE_WORDS + ")\\s+(?:" + SPEECH + "|described|describes)\\b");
    /** "said one visibly shaken firefighter after helping": the role ends where a clause of time or place begins. */
    private static final Pattern VERB_THEN_ROLE = Pattern.compile("^\\s*[,.]?\\s*(?<verb>" + SPEECH + ")\\s+(?<role>(?:a|an|one|another)"
            + ROLE_WORDS + ")\\s+(?:after|while|before|as|outside|at)\\b");

    private UnnamedOnes() {
    }

    /** The role speaking the quote that {@code tail} follows ("one juror"); null when the tail has none of these forms. */
    static String speaker(String tail) {
        Matcher m = ROLE_THEN_VERB.matcher(tail);
        if (m.find()) return m.group("role").replaceFirst("^as\\s+", "");
        m = VERB_THEN_ROLE.matcher(tail);
        // "told a reporter after the game": whom the words were said to
        if (m.find() && !Speakers.TO_LISTENER.contains(m.group("verb"))) return m.group("role");
        return null;
    }
}
