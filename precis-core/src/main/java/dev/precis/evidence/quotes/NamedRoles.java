package dev.precis.evidence.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * "..., predicted one Pelosi confidante.", "..., said a Trump aide.": after the verb an indefinite role whose
 * noun a name qualifies. The speaker is the unnamed person holding the role, not the person named inside it.
 */
final class NamedRoles {
    private static final Pattern VERB_THEN_ROLE = Pattern.compile("^\\s*[,.]?\\s*(?<verb>" + SPEECH + ")\\s+(?<role>(?:a|an|one|another)\\s+"
            + "(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}" + NAME + "\\s+\\p{Ll}[\\p{Ll}-]*)\\s*(?:[.,;]|$)");

    private NamedRoles() {
    }

    /** The role after the verb ("one Pelosi confidante"); null when the tail opens otherwise or the role is a listener ("told a CNN reporter"). */
    static String role(String tail) {
        Matcher m = VERB_THEN_ROLE.matcher(tail);
        return m.find() && !Speakers.TO_LISTENER.contains(m.group("verb")) ? m.group("role") : null;
    }
}
