package dev.precis.evidence.quotes;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * A speaker described by two roles joined by "and": "“...,” the former harbour master and ferry line chairman said",
 * "said the group’s founder and chief executive." One person holding both, named just before in the text; the first role
 * tells who it is, as one role alone would ({@link Descriptions}). Null when no one named just before holds it, so the
 * description never stands as the speaker itself.
 */
final class JoinedRoles {
    /** "the", at most four words up to the first role's noun; "and"; two to five words of the second role. */
    private static final String ROLES = "(?<first>the\\s+(?:[\\p{L}'’-]+\\s+){0,3}?\\p{Ll}[\\p{Ll}-]*)\\s+and\\s+(?:[\\p{L}'’-]+\\s+){1,4}?[\\p{L}'’-]+";
    /** The roles, then the verb. */
    private static final Pattern ROLES_THEN_VERB = Pattern.compile("^\\s*[,.]?\\s*" + ROLES + "\\s+(?:\\p{Ll}+ly\\s+)?" + SPEECH + "\\b");
    /** The verb, then the roles closing the clause. */
    private static final Pattern VERB_THEN_ROLES = Pattern.compile("^\\s*[,.]?\\s*(?<verb>" + SPEECH + ")\\s+" + ROLES + "\\s*(?:[.,;]|$)");

    private JoinedRoles() {
    }

    /**
     * The person the two roles after a quote ({@code tail}) describe, for the quote starting at {@code quoteAt} of article
     * text {@code t} whose paragraph before starts at {@code fromParagraph}; null when none.
     */
    static String person(String tail, String t, int quoteAt, int fromParagraph, Map<String, String> longest, Map<String, Character> genders) {
        Matcher m = ROLES_THEN_VERB.matcher(tail);
        if (!m.find()) {
            m = VERB_THEN_ROLES.matcher(tail);
            if (!m.find() || Speakers.TO_LISTENER.contains(m.group("verb"))) return null;
        }
        return Descriptions.person(m.group("first"), t, quoteAt, fromParagraph, longest, genders);
    }
}
