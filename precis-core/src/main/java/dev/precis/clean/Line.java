package dev.precis.clean;

import dev.precis.lexicon.AsciiMask;
import dev.precis.lexicon.Spaces;
import java.util.Locale;

/**
 * One non-blank line of an article as the rules see it, with its shape measured once. The
 * comparison key is made on first use: the segmenter measures every sentence of a paragraph for the
 * context-free rules, which never compare lines.
 */
public final class Line {
    private final int article;
    private final int index;
    private final String text;
    private final int words;
    private final boolean terminal;
    private final int upper;
    private final int lower;
    private final int letters;
    private final int visible;
    private String key;

    private Line(int article, int index, String text, int words, boolean terminal, int upper, int lower,
                 int letters, int visible) {
        this.article = article;
        this.index = index;
        this.text = text;
        this.words = words;
        this.terminal = terminal;
        this.upper = upper;
        this.lower = lower;
        this.letters = letters;
        this.visible = visible;
    }

    /** Measures a line. */
    public static Line of(int article, int index, String raw) {
        String text = raw.replace('\u00A0', ' ').replace('\u200B', ' ').strip();
        int upper = 0, lower = 0, letters = 0, visible = 0, words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = AsciiMask.isWhitespace(c); // bit tests for ASCII; the JDK's tables decide the rest
            if (!space) {
                visible++;
                if (!inWord) words++;
                if (AsciiMask.isLetter(c)) {
                    letters++;
                    if (AsciiMask.isUpperCase(c)) upper++;
                    else if (AsciiMask.isLowerCase(c)) lower++;
                }
            }
            inWord = !space;
        }
        return new Line(article, index, text, words, endsSentence(text), upper, lower, letters, visible);
    }

    /** Index of the article in the cluster. */
    public int article() { return article; }

    /** Position among the article's non-blank lines (0-based). */
    public int index() { return index; }

    /** The line, trimmed, no-break spaces made plain. */
    public String text() { return text; }

    /** Number of whitespace-separated tokens. */
    public int words() { return words; }

    /** Ends like a sentence ({@code . ! ? …}, possibly followed by quotes or brackets). */
    public boolean terminal() { return terminal; }

    /** Upper-case letters. */
    public int upper() { return upper; }

    /** Lower-case letters. */
    public int lower() { return lower; }

    /** All letters. */
    public int letters() { return letters; }

    /** Non-space characters. */
    public int visible() { return visible; }

    /** Lower-cased, whitespace-collapsed form used to compare lines. */
    public String key() {
        String k = key;
        if (k == null) key = k = collapse(text.toLowerCase(Locale.ROOT));
        return k;
    }

    @Override
    public String toString() {
        return "Line[" + article + ":" + index + "] " + text;
    }

    private static String collapse(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = AsciiMask.isWhitespace(c);
            if (ws && (c != ' ' || (i + 1 < s.length() && AsciiMask.isWhitespace(s.charAt(i + 1))))) {
                if (sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
            } else if (sb != null) {
                if (ws) {
                    if (sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** True when the text ends with sentence punctuation, ignoring closing quotes and brackets. */
    public static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’»)]*」』） \u00A0".indexOf(text.charAt(i)) >= 0) i--;
        if (i < 0) return false;
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？' || c == '．' || c == '؟' || c == '।';
    }

    /** Whitespace-separated tokens. */
    public String[] tokens() {
        return Spaces.split(text);
    }
}
