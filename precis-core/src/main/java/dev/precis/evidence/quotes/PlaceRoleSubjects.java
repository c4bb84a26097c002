package dev.precis.evidence.quotes;

import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Pompano Beach resident Benjamin Miller had family buried there.", "Harvard law professor Ann Lee said": a sentence
 * opening on a place or a body, then what the person is there, then the person's full name. The capitalised words
 * that open the sentence are not its subject; the person after the role is (as {@link VerbFirstCredits} reads the same
 * shape after a verb).
 */
final class PlaceRoleSubjects {
    /** Lower-case role words (one or two, the last a title or one of {@link #PLACE_NOUNS}), then a full name of two or three words. */
    private static final Pattern ROLE_THEN_NAME = Pattern.compile(
            "\\s+(?<role>\\p{Ll}{3,}(?:\\s+\\p{Ll}{3,})?)\\s+(?<name>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})\\b");
    /** Who a person is in a place, with no title: "Anaheim resident", "Ohio native". */
    private static final Set<String> PLACE_NOUNS = Set.of("resident", "native");

    private PlaceRoleSubjects() {
    }

    /** The full name after a role that follows the name ending at {@code nameEnd} of {@code s}; null when none follows. */
    static String holder(String s, int nameEnd) {
        Matcher m = ROLE_THEN_NAME.matcher(s).region(nameEnd, s.length());
        if (!m.lookingAt()) return null;
        String[] role = Spaces.split(m.group("role"));
        for (String w : role) if (Lexicon.FUNCTION_WORDS.contains(w)) return null;
        String last = role[role.length - 1];
        return Lexicon.PERSON_TITLES.contains(last) || PLACE_NOUNS.contains(last) ? m.group("name") : null;
    }
}
