package dev.precis.evidence.quotes;

import dev.precis.lexicon.StartPattern;

import java.util.regex.Pattern;

/**
 * Names before a speech verb that are not its subject, for {@link Speakers}' reading of the words before a quote: the
 * object of "for" ("A spokeswoman for Catherine Zeta-Jones says": the spokeswoman speaks), the agent of "by" when a
 * subject of its own follows ("In one message, obtained by AppRiver, the senders said"; not "A statement released by
 * the Department of Health, said", where the body is the document's author), and the second half of a hyphenated name
 * ("Zeta-Jones" is one name, not "Jones"; not after a lower-case particle: "al-Asaad").
 */
final class ObjectNames {
    /** "for", maybe with "the", right before a name. */
    private static final StartPattern FOR_BEFORE = StartPattern.of("\\bfor\\s+(?:the\\s+)?$", StartPattern.atWordStart("f"));
    /** "A source close to the McCanns said": the people a source is close to are not who speaks. */
    private static final StartPattern CLOSE_TO_BEFORE = StartPattern.of("\\bclose\\s+to\\s+(?:the\\s+)?$", StartPattern.atWordStart("c"));
    private static final StartPattern BY_BEFORE = StartPattern.of("\\bby\\s+(?:the\\s+)?$", StartPattern.atWordStart("b"));
    /** ", the senders": a subject set off after the name, whose verb follows. */
    private static final Pattern SUBJECT_AFTER = Pattern.compile("\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)*,\\s+(?:the|a|an)\\s+\\p{Ll}");

    private ObjectNames() {
    }

    /**
     * Whether the word at {@code i} of {@code head} is no subject of its own: joined by a hyphen to the word before it,
     * or the object of "for"/"by" (see the class), alone or ending a run of capitalised words that starts at {@code runStart}.
     */
    static boolean at(String head, int i, int runStart) {
        if (i > 1 && head.charAt(i - 1) == '-' && Character.isLetter(head.charAt(i - 2))) {
            int w = i - 2;
            while (w > 0 && Character.isLetter(head.charAt(w - 1))) w--;
            // "Zeta-Jones" is one name; after a lower-case particle ("al-Rahmi", "bin-Salem") the name starts here
            if (Character.isUpperCase(head.charAt(w))) return true;
        }
        String before = head.substring(Math.max(0, runStart - 9), runStart);
        if (FOR_BEFORE.find(before) || CLOSE_TO_BEFORE.find(head.substring(Math.max(0, runStart - 14), runStart))) return true;
        return BY_BEFORE.find(before) && SUBJECT_AFTER.matcher(head).region(i, head.length()).lookingAt();
    }
}
