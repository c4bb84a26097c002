package dev.precis.segment;

import dev.precis.clean.rules.Rules;
import dev.precis.lexicon.AsciiMask;
import dev.precis.model.Drop;

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

    /**
     * Why the sentence cannot stand in a summary, as a {@link Drop}, or null when it can.
     * {@code cased} says whether the article keeps its letter case ({@link Casing}); in lower-cased
     * text a sentence without capitals is normal.
     */
    static Drop why(String s, int flags, boolean cased) {
        Letters letters = Letters.of(s);
        int upper = letters.upper(), lower = letters.lower(), words = letters.words();
        if (lower == 0 && upper >= 8 && words >= 4) return drop(s, "sentence-shouted", "no lower-case letter");
        if (lower > 0 && upper >= 8 && words >= 4 && shoutedAfterLabel(s)) {
            return drop(s, "sentence-shouted", "no lower-case letter after its label");
        }
        if (cased && upper == 0 && words >= 6) return drop(s, "sentence-uncased", "no capital letter at all");
        char last = s.charAt(s.length() - 1);
        if (last == ':') return drop(s, "sentence-colon", "ends with a colon: introduces what is not part of it");
        if (cased && (flags & OpenNlpSegmenter.FIRST) != 0 && Boundaries.startsLowercase(s)) {
            return drop(s, "sentence-fragment", "starts a line in lower case: the tail of a cut sentence");
        }
        if ((flags & OpenNlpSegmenter.LAST) != 0 && (flags & OpenNlpSegmenter.FIRST) == 0
                && words <= MAX_TAIL_WORDS && !terminal(s)) {
            return drop(s, "sentence-tail", "short unpunctuated piece after the sentences of its line");
        }
        if ((flags & OpenNlpSegmenter.SHARED_LINE) != 0) {
            var debris = Rules.sentenceDebris(s);
            if (debris.isPresent()) return drop(s, "sentence-debris", debris.get());
        }
        return null;
    }

    /**
     * A sentence's upper- and lower-case letters and its words. Counted apart from {@link #why}: a loop
     * there made the JIT compile all of {@code why}, with the cleaning rules it calls, from inside the
     * loop (an on-stack replacement) and then again as a whole, a second long compile in a fresh JVM.
     */
    private record Letters(int upper, int lower, int words) {
        static Letters of(String s) {
            int upper = 0, lower = 0, words = 0;
            boolean in = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean ws = AsciiMask.isWhitespace(c); // bit tests for ASCII; the JDK's tables decide the rest
                if (AsciiMask.isUpperCase(c)) upper++;
                else if (AsciiMask.isLowerCase(c)) lower++;
                if (!ws && !in) words++;
                in = !ws;
            }
            return new Letters(upper, lower, words);
        }
    }

    /**
     * A label before shouted text ("Reporter: FOR 12 YEARS ..."): the label is not what shouts, so the
     * text is judged after it (a speaker tag in capitals is taken off by Markers before this).
     */
    private static boolean shoutedAfterLabel(String s) {
        int from = labelEnd(s);
        if (from == 0) return false;
        int upper = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (AsciiMask.isLowerCase(c)) return false;
            if (AsciiMask.isUpperCase(c)) upper++;
        }
        return upper >= 8;
    }

    /** Where the text goes on after a leading label of one or two capitalised words and a colon; 0 when none. */
    static int labelEnd(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0 || colon > 30 || !AsciiMask.isUpperCase(s.charAt(0))) return 0;
        int spaces = 0;
        for (int i = 0; i < colon; i++) {
            char c = s.charAt(i);
            if (c == ' ') spaces++;
            else if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-') return 0;
        }
        return spaces <= 1 ? colon + 1 : 0;
    }

    private static Drop drop(String s, String rule, String reason) {
        return new Drop(s, rule, reason);
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
