package dev.precis.select;

import dev.precis.lexicon.Quotations;

/**
 * The quotation marks of one sentence, read on its characters: whether it holds one, opens a
 * quotation it does not close or closes one it did not open, and its text outside quotations.
 * {@link Leaning} reads with them whether a sentence stands alone; selection's other rules share them.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /** Whether the text holds a double quotation mark of any kind: {@link Quotations#anyMark}'s, or a guillemet. */
    static boolean hasQuoteMark(String t) {
        return Quotations.anyMark(t) || t.indexOf('«') >= 0 || t.indexOf('»') >= 0;
    }

    /** The sentence with its quoted spans blanked out. */
    static String outsideQuotes(String t) {
        StringBuilder b = new StringBuilder(t.length());
        boolean inCurly = false, inStraight = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '“') inCurly = true;
            else if (c == '”') inCurly = false;
            else if (c == '"') inStraight = !inStraight;
            b.append(inCurly || inStraight || c == '“' || c == '”' || c == '"' ? ' ' : c);
        }
        return b.toString();
    }

    static boolean isOpenQuote(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '«';
    }

    /**
     * A quotation opened and not closed by the end of the sentence: more curly opening marks than
     * closing ones, or an odd number of straight marks whose last one opens (it follows a space or
     * starts the sentence, and a word follows it directly).
     */
    static boolean leavesQuoteOpen(String t) {
        int open = 0, straight = 0, lastStraight = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '“' || c == '«') open++;
            else if (c == '”' || c == '»') open--;
            else if (c == '"') {
                straight++;
                lastStraight = i;
            }
        }
        if (open > 0) return true;
        if (straight % 2 == 0) return false;
        // An opening mark has a space (or nothing) before it and a word right after it; in tokenised
        // text ("said , \" we are") every mark stands between spaces, and nothing can be told.
        boolean spaceBefore = lastStraight == 0 || Character.isWhitespace(t.charAt(lastStraight - 1)) || t.charAt(lastStraight - 1) == '(';
        boolean wordAfter = lastStraight + 1 < t.length() && !Character.isWhitespace(t.charAt(lastStraight + 1));
        return spaceBefore && wordAfter && lastStraight < t.length() - 3;
    }

    /**
     * Positive when the sentence opens a quotation it does not close, negative when it closes one it
     * did not open, 0 otherwise (a quotation opened after an attribution counts as closed).
     */
    static int quoteBalance(String t) {
        int open = 0, straight = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '“' || c == '«') open++;
            else if (c == '”' || c == '»') open--;
            else if (c == '"') straight++;
        }
        if (open < 0) return open;
        if (open > 0) return isOpenQuote(t.charAt(0)) ? open : 0;
        if (straight % 2 == 0) return 0;
        if (t.charAt(0) == '"') return 1;
        return t.lastIndexOf('"') >= t.length() - 3 ? -1 : 0;
    }
}
