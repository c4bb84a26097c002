package dev.precis.clean.rules;

import dev.precis.clean.PrefixRule;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Web-page controls glued before a sentence: "Enlarge Image Close ", "Email This ",
 * "Share Print ". Two or more control words, one of them an action.
 */
public final class UiPrefix implements PrefixRule {
    /** This rule's id; the cleaner reads it on a cut line to tell a caption after a picture's controls. */
    public static final String ID = "ui-line";
    /** The reason given when the controls came with a picture's credit: the rest of the line is its caption. */
    public static final String CREDITED = "a picture's controls and credit before the text";
    private static final Set<String> WORDS = Set.of("Enlarge", "Image", "Photo", "Close", "Email", "E-mail", "Share",
            "Print", "Tweet", "This", "Hide", "Caption", "Toggle", "Expand", "Play", "Video", "Replay", "Comments",
            "Save", "Story", "Article", "Link", "Copy", "Pin", "It");
    private static final List<String> CREDITS = List.of("Getty Images", "Bloomberg News", "Associated Press",
            "AP Photo", "Reuters", "AFP", "AP", "EPA", "Bloomberg");
    private static final Set<String> ACTIONS = Set.of("Enlarge", "Close", "Email", "E-mail", "Share", "Print",
            "Tweet", "Toggle", "Hide", "Expand", "Replay", "Copy");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Cut> cut(String line) {
        int i = 0, n = 0, end = 0;
        boolean action = false;
        while (i < line.length() && n < 5) {
            int j = line.indexOf(' ', i);
            if (j < 0) break;
            String w = line.substring(i, j);
            if (!WORDS.contains(w)) break;
            action |= ACTIONS.contains(w);
            n++;
            i = j + 1;
            end = i;
        }
        if (n < 2 || !action || end >= line.length() || !Character.isUpperCase(line.charAt(end))) return Optional.empty();
        for (String credit : CREDITS) { // the picture's credit often follows: "Enlarge Image Close Wire News The..."
            if (line.startsWith(credit + " ", end) && end + credit.length() + 1 < line.length()
                    && Character.isUpperCase(line.charAt(end + credit.length() + 1))) {
                return Optional.of(new Cut(end + credit.length() + 1, CREDITED));
            }
        }
        return Optional.of(new Cut(end, "web-page controls before the text"));
    }
}
