package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.NAME;

/**
 * "“...,” Yonhap quoted a unification ministry official as saying", "“...,” she quoted him as saying", "“...,” the
 * presidency quoted Eichmann’s letter as saying": whoever is quoted "as saying" spoke the words; the subject only
 * passes them on. The speaker is the object of "quote": a name, a pronoun ("him", "her"), an unnamed role ("a
 * ministry official"), or the writer of a letter, a note or a message named by its possessive.
 */
final class QuotedAs {
    /** The subject (no quote, no sentence end), the verb, the one quoted, then "as saying". */
    private static final Pattern QUOTED = Pattern.compile("^\\s*[,.]?\\s*[^\"“”.!?]{1,60}?\\s+(?:quoted|quotes|quoting)\\s+"
            + "(?<who>[^\"“”.!?,]{2,80}?)\\s+as\\s+(?:saying|telling|writing)\\b");
    /** "Eichmann’s letter": a written message speaks for its writer. */
    private static final Pattern WRITER = Pattern.compile("^(?<name>" + NAME + ")['’]s\\s+(?:\\p{Ll}+\\s+)?(?:letter|note|message|statement|email|e-mail)$");
    /** "a unification ministry official in Seoul": an unnamed role, up to a place or a body after it. */
    private static final Pattern ROLE = Pattern.compile("^(?<role>(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,4}?\\p{Ll}[\\p{Ll}-]+)(?:\\s+(?:in|at|of|from|with)\\s+.*)?$");

    private QuotedAs() {
    }

    /** The one {@code tail}, the words after a quote, quotes "as saying"; null when it is no such credit or names no one. */
    static String speaker(String tail, Map<String, String> longest, Pronouns refs) {
        Matcher m = QUOTED.matcher(tail);
        if (!m.find()) return null;
        String who = m.group("who").strip();
        String lower = who.toLowerCase(Locale.ROOT);
        if (lower.equals("him") || lower.equals("her")) return Speakers.namedPerson(lower.equals("him") ? "he" : "she", longest, refs);
        Matcher writer = WRITER.matcher(who);
        if (writer.matches()) return Speakers.namedPerson(writer.group("name"), longest, refs);
        Matcher role = ROLE.matcher(who);
        if (role.matches()) return role.group("role");
        return who.matches(NAME) ? Speakers.namedPerson(who, longest, refs) : null;
    }
}
