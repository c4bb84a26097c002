package dev.precis.evidence.quotes;

import dev.precis.lexicon.Lexicon;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.NAME;

/**
 * "said Facebook founder and CEO, Mark Zuckerberg", "wrote TV producer and “Lucifer” showrunner Joe Henderson": after
 * a speech verb, a body or a field, then a role of several words (joined by "and", an acronym such as "CEO", a quoted
 * title), maybe set off by a comma, then the person's full name: the person speaks, not the body. The shorter roles
 * ("said CNN senior analyst David Gergen") are {@link Speakers}' own.
 */
final class CompoundRoles {
    /** One word of such a role: a lower-case word, "and", an acronym, or a title in quotes. */
    private static final String ROLE_WORD = "(?:\\p{Ll}[\\p{Ll}-]*|\\p{Lu}{2,5}|\"[^\"]{1,40}\"|“[^”]{1,40}”)";
    private static final Pattern ROLE_THEN_FULL_NAME = Pattern.compile(
            "\\s+(?<role>" + ROLE_WORD + "(?:\\s+" + ROLE_WORD + "){1,5}),?\\s+(?<name>" + NAME + ")(?=\\s*(?:[,.;!?]|$))");

    private CompoundRoles() {
    }

    /**
     * The full name holding a role of several words right after {@code nameEnd} in {@code tail}; null when none: the role
     * must hold a lower-case word that is no function word ("said Smith in New York" names a place) and "and" or an
     * acronym or a title (a plain role is read elsewhere), and the name two words or more.
     */
    static String holder(String tail, int nameEnd) {
        Matcher m = ROLE_THEN_FULL_NAME.matcher(tail).region(nameEnd, tail.length());
        if (!m.lookingAt() || m.group("name").indexOf(' ') < 0) return null;
        boolean noun = false, compound = false;
        for (String w : m.group("role").split("\\s+(?![^\"“]*[\"”])")) {
            boolean lower = Character.isLowerCase(w.charAt(0));
            if (w.equals("and") || !lower) compound = true;
            else if (Lexicon.FUNCTION_WORDS.contains(w)) return null;
            else if (w.length() >= 3) noun = true;
        }
        return noun && compound ? m.group("name") : null;
    }
}
