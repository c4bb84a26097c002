package dev.precis.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs of white space, with the pattern compiled once: String's split and replaceAll compile
 * theirs on every call, and the cleaner, the name finder and the quote finder split words that way
 * for every line and name. {@link #split} scans for the run itself: the name finder splits every
 * capitalised run it meets, and a matcher per split cost more than the words.
 */
public final class Spaces {
    public static final Pattern RUN = Pattern.compile("\\s+");

    private Spaces() {
    }

    /**
     * The words of {@code text} between runs of white space, as {@link Pattern#split} on {@link #RUN}
     * gives them: a leading empty word when the text opens on white space, none at the end.
     */
    public static String[] split(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length(), from = 0;
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (!isSpace(text.charAt(i))) continue;
            int j = i + 1;
            while (j < n && isSpace(text.charAt(j))) j++;
            words.add(text.substring(from, i));
            from = j;
            i = j - 1;
            any = true;
        }
        if (!any) return new String[] {text};
        words.add(text.substring(from));
        int size = words.size();
        while (size > 0 && words.get(size - 1).isEmpty()) size--;
        // copied by hand, not with subList(...).toArray(String[]::new): the array-type check of that JDK method,
        // compiled into split, failed (a class_check trap, in the second to fifth summary of a fresh JVM) and
        // had split compiled again there; a plain copy has no such check
        String[] out = new String[size];
        for (int k = 0; k < size; k++) out[k] = words.get(k);
        return out;
    }

    /** A character of the regex class {@code \s}: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code text} with each run of white space made one space. */
    public static String collapse(String text) {
        // Most text (a sentence, a name) is already collapsed; the replacement would copy it word by word.
        return isCollapsed(text) ? text : RUN.matcher(text).replaceAll(" ");
    }

    /** Whether every run of white space in {@code text} is one plain space already. */
    private static boolean isCollapsed(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i + 1 < n && isSpace(text.charAt(i + 1)) : isSpace(c)) return false;
        }
        return true;
    }
}
