package dev.precis.clean;

import java.util.Locale;

/**
 * One non-blank line of an article as the rules see it, with its shape measured once.
 *
 * @param article  index of the article in the cluster
 * @param index    position among the article's non-blank lines (0-based)
 * @param text     the line, trimmed, no-break spaces made plain
 * @param key      lower-cased, whitespace-collapsed form used to compare lines
 * @param words    number of whitespace-separated tokens
 * @param terminal ends like a sentence ({@code . ! ? …}, possibly followed by quotes or brackets)
 * @param upper    upper-case letters
 * @param lower    lower-case letters
 * @param letters  all letters
 * @param visible  non-space characters
 */
public record Line(int article, int index, String text, String key, int words, boolean terminal,
                   int upper, int lower, int letters, int visible) {

    /** Measures a line. */
    public static Line of(int article, int index, String raw) {
        String text = raw.replace('\u00A0', ' ').replace('\u200B', ' ').strip();
        int upper = 0, lower = 0, letters = 0, visible = 0, words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space) {
                visible++;
                if (!inWord) words++;
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) upper++;
                    else if (Character.isLowerCase(c)) lower++;
                }
            }
            inWord = !space;
        }
        String key = collapse(text.toLowerCase(Locale.ROOT));
        return new Line(article, index, text, key, words, endsSentence(text), upper, lower, letters, visible);
    }

    private static String collapse(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c);
            if (ws && (c != ' ' || (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))))) {
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
        return text.split("\\s+");
    }
}
