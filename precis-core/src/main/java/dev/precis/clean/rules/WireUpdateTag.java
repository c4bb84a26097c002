package dev.precis.clean.rules;

import dev.precis.clean.PrefixRule;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire service's revision note left before the story: "Update, writethru with more info: ",
 * "UPDATES with new figures, adds quotes: ". Wires mark each rewrite of a story with such a note for
 * editors; it says what changed, not what happened. The note is cut only when it names a revision
 * (writethru, adds, corrects, recasts, with more or new ...), so a dated "Update: police said ..." keeps
 * its news, and the story after the note's colon always stays.
 */
public final class WireUpdateTag implements PrefixRule {
    private static final Pattern NOTE = Pattern.compile(
            "^(?:updated?|updates|writethru|\\d{1,2}(?:st|nd|rd|th)\\s+writethru)\\b"
                    + "(?=[^:\\n]{0,80}\\b(?:writethru|adds?|corrects?|recasts?|refiles?|rewrites?|new throughout"
                    + "|with (?:more|new|additional|fresh|further|latest))\\b)"
                    + "[^:\\n]{0,80}:\\s+(?=\\S)",
            Pattern.CASE_INSENSITIVE);
    /** Shortest story worth keeping after the cut. */
    private static final int MIN_REST = 20;

    @Override
    public String id() {
        return "wire-update";
    }

    @Override
    public Optional<Cut> cut(String line) {
        if (line.length() < 24 || Character.toLowerCase(line.charAt(0)) != 'u' && Character.toLowerCase(line.charAt(0)) != 'w'
                && !Character.isDigit(line.charAt(0))) {
            return Optional.empty();
        }
        Matcher m = NOTE.matcher(line);
        if (!m.find() || line.length() - m.end() < MIN_REST) return Optional.empty();
        return Optional.of(new Cut(m.end(), "a wire's revision note before the text"));
    }
}
