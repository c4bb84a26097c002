package dev.precis.select;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A counted definite noun anywhere in a sentence ("pictures of the four statues should not be
 * shown", "the three suspects"): "the" and a count tell the reader that those things were counted
 * out before. When the sentence itself names at least as many people or places before it ("after
 * North Korea and Japan ... the two countries") they may be the ones counted, and nothing is
 * missing; otherwise the sentence reads well only after one that mentions the noun, like a definite
 * subject ({@link DefiniteOpening}).
 */
final class CountedDefinite {
    private static final String[] COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve"};
    /**
     * "the", a count word, at most one lower-case word, and a plural noun that no defining phrase,
     * appositive or relative clause follows ("the two men who ..." and "the four statues of ..."
     * say which).
     */
    private static final Pattern COUNTED = Pattern.compile("\\b[Tt]he\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
            + "(?:[a-z][\\w-]*\\s+)?(?!(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|seasons|times)\\b)([a-z]{2,}s)\\b(?!\\s*[,:(—–-])(?!\\s+(?:of|who|whom|whose|that|which|named|called|known|listed|identified|involved)\\b)");

    private CountedDefinite() {
    }

    /**
     * The plural noun of the sentence's counted definite phrase that nothing before it in the sentence
     * can stand for, or null. A span of time ("the four decades since") counts nothing told before.
     */
    static String noun(String sentence) {
        if (!sentence.contains("he ")) return null; // no "the"/"The": most sentences
        Matcher m = COUNTED.matcher(sentence);
        if (!m.find()) return null;
        int count = count(m.group(1));
        return namesBefore(sentence, m.start()) >= count ? null : m.group(2);
    }

    private static int count(String word) {
        for (int i = 0; i < COUNTS.length; i++) if (COUNTS[i].equals(word)) return i + 2;
        return 0;
    }

    /** Runs of capitalised words before {@code end}, not counting the sentence's first word alone: the names the count could cover. */
    static int namesBefore(String s, int end) {
        int runs = 0;
        boolean inRun = false;
        int i = 0;
        while (i < end) {
            while (i < end && !Character.isLetter(s.charAt(i))) {
                if (s.charAt(i) != ' ') inRun = false; // a comma or other mark ends a run
                i++;
            }
            int start = i;
            while (i < end && !Character.isWhitespace(s.charAt(i))) i++;
            if (start >= end) break;
            boolean cap = Character.isUpperCase(s.charAt(start));
            boolean first = start == 0;
            if (cap && !inRun && !(first && !nextCapitalised(s, i, end))) runs++;
            inRun = cap;
            if (i > start && !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '.') inRun = false;
        }
        return runs;
    }

    private static boolean nextCapitalised(String s, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(s.charAt(i))) i++;
        return i < end && Character.isUpperCase(s.charAt(i));
    }
}
