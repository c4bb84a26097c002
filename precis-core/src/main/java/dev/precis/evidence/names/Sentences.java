package dev.precis.evidence.names;

import java.util.Locale;

import static dev.precis.evidence.names.Names.TITLE_WORDS;

/** Sentence bounds within an article or a line, aware of titles and initials ("Mr.", "J."). */
public final class Sentences {
    private Sentences() {
    }

    /** Offset where the sentence holding {@code at} begins (after ". " or a line break). */
    public static int sentenceStart(String t, int at) {
        for (int k = at - 1; k > 0; k--) {
            char c = t.charAt(k);
            if (c == '\n') return k + 1;
            if (Character.isWhitespace(c) && ".!?\"”".indexOf(t.charAt(k - 1)) >= 0 && !abbreviationEnds(t, k - 1)) return k + 1;
        }
        return 0;
    }

    /** The period at {@code dot} closes a title or an initial ("Mr.", "Dr.", "J."), not a sentence. */
    private static boolean abbreviationEnds(String t, int dot) {
        if (t.charAt(dot) != '.') return false;
        int b = dot;
        while (b > 0 && Character.isLetter(t.charAt(b - 1))) b--;
        String w = t.substring(b, dot);
        return w.length() == 1 && Character.isUpperCase(w.charAt(0)) || TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT) + ".")
                || w.equals("St") || w.equals("Jr") || w.equals("Sr");
    }

    /** The part of the quote's sentence that precedes it, within its line. */
    public static String sentenceHead(String line, int quoteStart) {
        int from = 0;
        for (int k = quoteStart - 2; k >= 0; k--) {
            char c = line.charAt(k);
            // a sentence ends after a word or a number ("said Mr. Luu, 41. "), never after a title ("Mr.")
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(line.charAt(k + 1)) && k > 0
                    && (Character.isLowerCase(line.charAt(k - 1)) || Character.isDigit(line.charAt(k - 1)))
                    && !abbreviationEnds(line, k)) {
                from = k + 1;
                break;
            }
        }
        return line.substring(from, quoteStart);
    }

    /**
     * The words of {@code head} after the last quote that closes its own sentence ("... really fun."
     * Adds Weir: "): whoever speaks there is named after it. The whole head when there is none.
     */
    public static String afterClosedQuote(String head) {
        for (int k = head.length() - 2; k > 0; k--) {
            char c = head.charAt(k);
            if ((c == '"' || c == '”') && ".!?".indexOf(head.charAt(k - 1)) >= 0 && Character.isWhitespace(head.charAt(k + 1))) {
                return head.substring(k + 1);
            }
        }
        return head;
    }
}
