package dev.precis.evidence.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * "..., the Republican senator from Florida said": a role whose first word is a capitalised adjective (a party, a
 * nationality) opens the credit like any role ({@link RoleCredits#opensAfter}), so the name after its preposition,
 * a place or a body, is not read as the subject that speaks. "the White House said" is no such role (two capitals).
 */
final class AdjectiveRoles {
    private static final Pattern OPENS = Pattern.compile("^\\s*[,.]?\\s*(?:the|a|an)\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Ll}");

    /** " from Florida", " of New York": the place or body a role is of, closing the role as the credit writes it. */
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s+(?:from|of|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}$");

    /**
     * "..., said a GOP operative whose private polling showed": the verb, an article, a capitalised word and a noun, which
     * the sentence does not go on to name (no ", Ann Lee" after it): the capitalised word is the role's adjective, and the
     * role is the speaker, not the party or the place it names.
     */
    private static final Pattern VERB_FIRST = Pattern.compile("^\\s*[,.]?\\s*" + SPEECH
            + "\\s+(?<role>(?:a|an|another|one)\\s+\\p{Lu}[\\p{L}-]*\\s+\\p{Ll}[\\p{Ll}-]{2,})(?=\\s*[.;]|\\s*$|\\s+(?:who|whose|that|with|in|at|for|of|familiar|close|on)\\b|,\\s+\\p{Ll})");

    private AdjectiveRoles() {
    }

    /**
     * The role without the place it is of ("the Republican senator from Florida" → "the Republican senator"), which
     * {@link Descriptions} then reads as the person named just before; the role as given when it names no place.
     */
    static String withoutPlace(String role) {
        return PLACE_AFTER.matcher(role).replaceFirst("");
    }

    /** Whether the words after the quote open on "the", "a" or "an", one capitalised word and a lower-case one. */
    static boolean opensAfter(String tail) {
        return OPENS.matcher(tail).lookingAt();
    }

    /** The unnamed role a verb-first credit gives with a capitalised adjective ("a GOP operative"); null when none. */
    static String verbFirst(String tail) {
        Matcher m = VERB_FIRST.matcher(tail);
        return m.find() ? m.group("role") : null;
    }
}
