package dev.precis.segment;

import dev.precis.lexicon.AsciiMask;

/**
 * Whether a text keeps its letter case. Case is evidence only in cased text: lower-cased input
 * (pre-processed corpora, some transcripts and feeds) has no capitals inside sentences at all, and a
 * rule that reads "no capital letter" as debris would throw all of it away.
 */
final class Casing {
    /**
     * Share of mid-sentence words with a capital below which a text counts as lower-cased. Raw
     * news has about 13% (names, places, titles); 99% of Multi-News articles have over 1.3%; lower-cased
     * Multi-News has none.
     */
    static final double MIN_CAPITALISED = 0.01;

    /** Fewer mid-sentence words than this are too little evidence: such a text counts as cased. */
    static final int MIN_WORDS = 40;

    private Casing() {
    }

    static boolean isCased(String text) {
        int words = 0;
        int capitalised = 0;
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && AsciiMask.isWhitespace(text.charAt(i))) i++;
            int start = i;
            while (i < n && !AsciiMask.isWhitespace(text.charAt(i))) i++;
            if (start == i) break;
            int first = start;
            while (first < i && !AsciiMask.isLetter(text.charAt(first))) first++;
            if (first < i && !sentenceStart) {
                words++;
                if (AsciiMask.isUpperCase(text.charAt(first))) capitalised++;
            }
            // Enough capitals for the whole text even if every word still to come were uncapitalised:
            // words are separated by white space, so at most half the remaining characters start one.
            if (capitalised >= MIN_CAPITALISED * (words + (n - i + 1) / 2 + 1)) return true;
            char last = text.charAt(i - 1);
            int j = i - 1;
            while (j > start && "\"'”’)]".indexOf(last) >= 0) last = text.charAt(--j);
            sentenceStart = last == '.' || last == '!' || last == '?' || last == ':';
        }
        return words < MIN_WORDS || capitalised >= MIN_CAPITALISED * words;
    }
}
