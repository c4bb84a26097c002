package dev.precis.segment;

import dev.precis.clean.Rules;

/**
 * Whether a segmented sentence can stand in a summary on its own. Cleaning judges whole lines;
 * this judges the sentences inside them, by shape only:
 * <ul>
 *   <li>shouted text with no lower-case letter (a TV transcript in capitals, a label);</li>
 *   <li>text with no capital letter at all (machine captions, reader comments);</li>
 *   <li>a sentence that ends with a colon: it introduces a list or quote that is not part of it;</li>
 *   <li>a line that starts with a lowercase word: the tail of a sentence cut off before it;</li>
 *   <li>a short unpunctuated piece after the sentences of its line: a credit or a cut-off tail
 *       ("... via REUTERS", "Source: The Daily Post More");</li>
 *   <li>in a paragraph of several sentences, a sentence that a context-free cleaning rule takes
 *       for debris ({@link Rules#sentenceDebris}): a caption or credit, an embed, a prompt.</li>
 * </ul>
 */
final class SentenceQuality {
    private SentenceQuality() {
    }

    /** Longest unpunctuated tail (in words) dropped after the sentences of a line. */
    static final int MAX_TAIL_WORDS = 8;

    /** True when the sentence is fit for a summary; {@code flags} are {@link OpenNlpSegmenter}'s span flags. */
    static boolean keep(String s, int flags) {
        int upper = 0, lower = 0, words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c);
            if (!ws && !in) words++;
            in = !ws;
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
        }
        if (lower == 0 && upper >= 8 && words >= 4) return false;
        if (upper == 0 && words >= 6) return false;
        char last = s.charAt(s.length() - 1);
        if (last == ':') return false;
        if ((flags & OpenNlpSegmenter.FIRST) != 0 && Boundaries.startsLowercase(s)) return false;
        if ((flags & OpenNlpSegmenter.LAST) != 0 && (flags & OpenNlpSegmenter.FIRST) == 0
                && words <= MAX_TAIL_WORDS && !terminal(s)) return false;
        if ((flags & OpenNlpSegmenter.SHARED_LINE) != 0 && Rules.sentenceDebris(s).isPresent()) return false;
        return true;
    }

    /** Ends with sentence punctuation, ignoring closing quotes and brackets. */
    static boolean terminal(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'”’»)]*".indexOf(s.charAt(i)) >= 0) i--;
        if (i < 0) return false;
        char c = s.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }
}
