package dev.precis.evidence.quantities;

import dev.precis.lexicon.AsciiMask;

import java.util.Locale;
import java.util.Set;

/** Numbers as written: where one may begin in a text, and its value ("twenty-seven", "2.5 million"). */
public final class NumberWords {
    private static final Set<String> NUMBER_WORDS = Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
            "sixty", "seventy", "eighty", "ninety", "dozen", "hundred");

    private NumberWords() {
    }

    /** "three", "three-point", "twenty-five": a word that is or starts with a number. */
    static boolean isNumberWord(String w) {
        int dash = w.indexOf('-');
        return NUMBER_WORDS.contains(dash > 0 ? w.substring(0, dash) : w);
    }

    public static double value(String num, String scale) {
        String n = num.toLowerCase(Locale.ROOT).replace(",", "");
        double v;
        int dash = n.indexOf('-');
        if (dash > 0 && Character.isLetter(n.charAt(0))) { // "twenty-seven"
            double tens = value(n.substring(0, dash), null), ones = value(n.substring(dash + 1), null);
            if (Double.isNaN(tens) || Double.isNaN(ones)) return Double.NaN;
            return value(String.valueOf((long) (tens + ones)), scale);
        }
        switch (n) {
            case "one" -> v = 1;
            case "two" -> v = 2;
            case "three" -> v = 3;
            case "four" -> v = 4;
            case "five" -> v = 5;
            case "six" -> v = 6;
            case "seven" -> v = 7;
            case "eight" -> v = 8;
            case "nine" -> v = 9;
            case "ten" -> v = 10;
            case "eleven" -> v = 11;
            case "twelve", "dozen", "a dozen" -> v = 12;
            case "thirteen" -> v = 13;
            case "fourteen" -> v = 14;
            case "fifteen" -> v = 15;
            case "sixteen" -> v = 16;
            case "seventeen" -> v = 17;
            case "eighteen" -> v = 18;
            case "nineteen" -> v = 19;
            case "twenty" -> v = 20;
            case "two dozen" -> v = 24;
            case "thirty" -> v = 30;
            case "three dozen" -> v = 36;
            case "forty" -> v = 40;
            case "fifty" -> v = 50;
            case "sixty" -> v = 60;
            case "seventy" -> v = 70;
            case "eighty" -> v = 80;
            case "ninety" -> v = 90;
            case "hundred", "a hundred", "one hundred" -> v = 100;
            default -> {
                try {
                    v = Double.parseDouble(n);
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
            }
        }
        if (scale != null) {
            switch (scale.toLowerCase(Locale.ROOT)) {
                case "hundred" -> v *= 100;
                case "thousand" -> v *= 1_000;
                case "million" -> v *= 1_000_000;
                case "billion" -> v *= 1_000_000_000;
                case "trillion" -> v *= 1e12;
                default -> { }
            }
        }
        return v;
    }

    /** The letters number words start with: two, four, six, eight, nine, hundred, dozen, a dozen, one. */
    private static final AsciiMask NUMBER_WORD_INITIALS = AsciiMask.of(c -> "tfsenhdaoTFSENHDAO".indexOf(c) >= 0);

    /** The first index from {@code from} on where {@link #numberMayStart} holds; the text's length if none. */
    static int nextNumberStart(String t, int from) {
        int n = t.length();
        for (int i = from; i < n; i++) {
            if (numberMayStart(t, i)) return i;
        }
        return n;
    }

    /** A word start holding a digit, a currency sign or a number word: the only places a number can begin. */
    static boolean numberMayStart(String t, int i) {
        char c = t.charAt(i);
        if (i > 0) {
            char p = t.charAt(i - 1);
            if (AsciiMask.isLetterOrDigit(p) || p == '.' || p == ',' || p == ':' || p == '/') return false;
        }
        if (Character.isDigit(c)) return true;
        if (c == '$' || c == '£' || c == '€') return i + 1 < t.length();
        if (c >= 128 || !NUMBER_WORD_INITIALS.has(c)) return false;
        int j = i, limit = Math.min(t.length(), i + 10);
        while (j < limit && Character.isLetter(t.charAt(j))) j++;
        if (j - i > 9) return false;
        if (j - i == 1) return (c == 'a' || c == 'A') && (t.startsWith(" dozen", j) || t.startsWith(" hundred", j));
        return isNumberWord(t, i, j);
    }

    /** Number words by length, for {@link #isNumberWord(String, int, int)}. */
    private static final String[][] BY_LENGTH = new String[10][];

    static {
        for (int n = 0; n < BY_LENGTH.length; n++) {
            int length = n;
            BY_LENGTH[n] = NUMBER_WORDS.stream().filter(w -> w.length() == length).sorted().toArray(String[]::new);
        }
    }

    /**
     * Whether {@code t[i, j)} is a number word in any case. Every word start of every sentence is
     * tested, so the word is compared where it stands instead of being copied and lower-cased: a
     * number word is ASCII, and a letter outside ASCII never lower-cases to one of its letters.
     */
    private static boolean isNumberWord(String t, int i, int j) {
        if (j - i >= BY_LENGTH.length) return false;
        for (String w : BY_LENGTH[j - i]) {
            int k = 0;
            while (k < w.length() && (t.charAt(i + k) | 0x20) == w.charAt(k) && t.charAt(i + k) < 0x80) k++;
            if (k == w.length()) return true;
        }
        return false;
    }
}
