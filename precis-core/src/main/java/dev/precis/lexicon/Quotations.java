package dev.precis.lexicon;

/**
 * Whether a place in a text lies inside a quotation: more opening than closing curly marks, or an
 * odd number of straight ones, since the start of its paragraph. Segmentation asks it where an
 * ellipsis may end a sentence, selection whether a sentence continues someone's words. And whether a text
 * holds a quotation mark at all.
 */
public final class Quotations {
    private Quotations() {
    }

    /** Whether {@code at} lies inside a quotation opened in {@code text} between {@code from} and {@code at}. */
    public static boolean openBetween(String text, int from, int at) {
        int curly = 0, straight = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“') curly++;
            else if (c == '”') curly--;
            else if (c == '"') straight++;
        }
        return curly > 0 || straight % 2 == 1;
    }

    /** Whether {@code s} holds a quotation mark, straight or curly, opening or closing. */
    public static boolean anyMark(String s) {
        return s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('”') >= 0;
    }

    /** Whether {@code at} lies inside a quotation opened earlier on its own line of {@code text}. */
    public static boolean openOnLine(String text, int at) {
        return openBetween(text, text.lastIndexOf('\n', at - 1) + 1, at);
    }
}
