package dev.precis.evidence.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.PARENTHESIS;

/**
 * "“..., and I will not support it,” ripped Rep. Raúl Grijalva (D-Ariz.), co-chairman of ...", "“...,” countered
 * Akira Portis.": a verb in the past tense between the closing quote and a name that ends the clause is an
 * inverted credit, whatever the verb; English puts a verb before its subject after a quotation only to credit it.
 */
final class InvertedCredits {
    private static final Pattern VERB_THEN_NAME = Pattern.compile(
            "^\\s*[,.]?\\s*(?<verb>\\p{Ll}{3,}ed)\\s+(?<name>" + NAME + ")" + PARENTHESIS + "\\s*(?:[,.;:]|$)");

    private InvertedCredits() {
    }

    /** The name credited right after the quote ({@code tail}) by a verb first; null when the tail opens otherwise. */
    static String name(String tail) {
        Matcher m = VERB_THEN_NAME.matcher(tail);
        if (!m.find() || Speakers.TO_LISTENER.contains(m.group("verb"))) return null;
        return m.group("name");
    }
}
