package dev.precis.evidence.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.NAME;

/**
 * "“...,” Herbst’s attorney, Charles Allen, told Army Times.": a role, the name set off by commas, then "told"
 * and whom the words were said to. The name after "told" is the listener (a paper, a crowd), never the speaker;
 * the speaker is the name in the appositive just before the verb.
 */
final class ToldCredits {
    private ToldCredits() {
    }

    /** A role of a few words (no quote, no sentence end), the name between commas, "told"/"tells", then a name. */
    private static final Pattern ROLE_NAME_TOLD = Pattern.compile(
            "^\\s*[,.]?\\s*[^\"“”.!?,]{1,60},\\s*(?<name>" + NAME + "),\\s*(?:told|tells)\\s+(?:the\\s+)?" + NAME);

    /** The speaker's name in {@code tail}, the words after a quote; null when the tail is no such credit. */
    static String speaker(String tail) {
        Matcher m = ROLE_NAME_TOLD.matcher(tail);
        return m.find() ? m.group("name") : null;
    }
}
