package dev.precis.evidence.align;

import dev.precis.evidence.quantities.NumberWords;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers a sentence writes in words ("six counts of fraud", "a forty-two-year-old man"), which the
 * number terms of a sentence (its digits) do not see: another article that leaves such a number out
 * ("charged with fraud") states part of the fact, as it does when it leaves out a figure in digits.
 * The other sentence may state the number either way ("6 counts", "42-year-old").
 * <p>"One" is no such number: it is mostly a pronoun or an article ("one of the", "no one"). A word
 * followed by a scale ("two hundred", "three million") is left out too: its value is not the
 * word's, and a large round figure is the part of a fact a paraphrase most often rounds.
 */
final class NumbersInWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.,'’-]*");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Set<String> SCALES = Set.of("hundred", "thousand", "million", "billion", "trillion");

    private NumbersInWords() {
    }

    /** The values of the numbers from two to ninety-nine that {@code sentence} writes in words, in order. */
    static List<Double> of(String sentence) {
        List<String> words = words(sentence);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            double v = wordValue(words.get(i));
            if (Double.isNaN(v) || v < 2 || v >= 100 || words.get(i).startsWith("dozen")) continue;
            if (i + 1 < words.size() && SCALES.contains(words.get(i + 1))) continue;
            out.add(v);
        }
        return out;
    }

    /** Every value {@code sentence} states, in digits ("42-year-old", "1,200") or in words ("forty-two"). */
    static Set<Double> stated(String sentence) {
        Set<Double> out = new HashSet<>();
        Matcher d = DIGITS.matcher(sentence);
        while (d.find()) {
            try {
                out.add(Double.parseDouble(d.group().replace(",", "")));
            } catch (NumberFormatException e) {
                // not a figure ("1,2,3")
            }
        }
        for (String w : words(sentence)) {
            double v = wordValue(w);
            if (!Double.isNaN(v)) out.add(v);
        }
        return out;
    }

    /**
     * The value of a word that is or starts with a number in words: "six" 6, "forty-two" 42,
     * "forty-two-year-old" 42, "six-month" 6; NaN for any other word.
     */
    static double wordValue(String word) {
        String[] parts = word.split("-");
        if (parts.length == 0 || !isLetters(parts[0])) return Double.NaN;
        double first = NumberWords.value(parts[0], null);
        if (Double.isNaN(first)) return Double.NaN;
        if (parts.length > 1 && first >= 20 && first < 100 && first % 10 == 0 && isLetters(parts[1])) {
            double ones = NumberWords.value(parts[1], null);
            if (!Double.isNaN(ones) && ones >= 1 && ones <= 9) return first + ones;
        }
        return first;
    }

    private static boolean isLetters(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isLetter(s.charAt(i))) return false;
        return true;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            while (!w.isEmpty() && ".,'’-".indexOf(w.charAt(w.length() - 1)) >= 0) w = w.substring(0, w.length() - 1);
            out.add(w);
        }
        return out;
    }
}
