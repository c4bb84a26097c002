package dev.precis.score.learned;

import dev.precis.lexicon.AsciiMask;
import dev.precis.lexicon.Lexicon;
import dev.precis.model.Sentence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Surface cues that survive lower-casing: numbers, quotation, person, questions, attribution,
 * a pronoun or conjunction at the start, page debris, symbols, brackets and time words.
 */
final class SurfaceFeatures implements FeatureGroup {
    private static final Set<String> FIRST = Set.of("i", "we", "me", "us", "my", "our", "mine", "ours", "i'm", "i've", "we're", "we've", "i'd", "i'll");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "you're", "you've", "you'll");
    private static final Set<String> SAID = Set.of("said", "says", "say", "told", "according", "reported", "reports", "announced", "stated", "added");
    private static final Set<String> ANAPHORS = Set.of("he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "but", "and", "so", "also", "still", "then", "yet", "or");
    private static final Set<String> TIME = Lexicon.union(Lexicon.CALENDAR,
            Set.of("yesterday", "today", "tonight", "week", "month", "year"));
    private static final int F_FIRST = 1, F_SECOND = 2, F_SAID = 4, F_TIME = 8;
    /** One look-up per word instead of four: the word lists' flags, or-ed. */
    private static final Map<String, Integer> FLAGS = flags();

    private static final String[] DEBRIS_CUES = {"http", "www.", ".com", "@", "click", "subscribe", "newsletter", "sign up",
            "share this", "follow us", "copyright", "©", "all rights reserved", "advertisement", "photo:", "image:",
            "getty", "ap photo", "reuters/", "caption", "javascript", "cookies", "read more", "related:", "email"};

    private static final AsciiMask ASCII_SYMBOLS = AsciiMask.of(c -> isSymbol((char) c));

    /** Neither letter, digit, white space nor ordinary punctuation: what the symbol share counts. */
    private static boolean isSymbol(char c) {
        return !Character.isLetter(c) && !Character.isWhitespace(c) && !Character.isDigit(c) && ".,'’\"“”-".indexOf(c) < 0;
    }

    private final ClusterCounts counts;

    SurfaceFeatures(ClusterCounts counts) {
        this.counts = counts;
    }

    private static Map<String, Integer> flags() {
        Map<String, Integer> m = new HashMap<>();
        for (String w : FIRST) m.merge(w, F_FIRST, (x, y) -> x | y);
        for (String w : SECOND) m.merge(w, F_SECOND, (x, y) -> x | y);
        for (String w : SAID) m.merge(w, F_SAID, (x, y) -> x | y);
        for (String w : TIME) m.merge(w, F_TIME, (x, y) -> x | y);
        return Map.copyOf(m);
    }

    // Each kind of cue is counted by a method of its own: C2 compiled the one method that held every
    // loop and the lower-casing into 34-41 kB of machine code, three times a run, 0.3-0.4 s apiece.
    @Override
    public void fill(int i, double[] m, int row) {
        Sentence s = counts.sentences.get(i);
        String[] lower = counts.lower[i];
        String text = s.text();
        wordCues(s.words(), lower, m, row);
        characterCues(text, m, row);
        String strip = text.strip();
        m[row + Features.STARTS_QUOTE] = !strip.isEmpty() && "\"\u201C'\u2018".indexOf(strip.charAt(0)) >= 0 ? 1 : 0;
        m[row + Features.QUESTION] = strip.endsWith("?") || strip.endsWith("?\"") || strip.endsWith("?\u201D") ? 1 : 0;
        m[row + Features.ANAPHOR_START] = lower.length > 0 && ANAPHORS.contains(lower[0]) ? 1 : 0;
        m[row + Features.DEBRIS] = debrisCues(text);
    }

    /** Numbers, first and second person, attribution and time words, the persons as shares of the words. */
    private static void wordCues(List<String> words, String[] lower, double[] m, int row) {
        int numbers = 0, first = 0, second = 0, said = 0, time = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (Character.isDigit(w.charAt(0)) || (w.length() > 1 && Character.isDigit(w.charAt(w.length() - 1)))) numbers++;
            Integer flag = FLAGS.get(lower[k]);
            if (flag != null) {
                if ((flag & F_FIRST) != 0) first++;
                if ((flag & F_SECOND) != 0) second++;
                if ((flag & F_SAID) != 0) said++;
                if ((flag & F_TIME) != 0) time++;
            }
        }
        int wc = Math.max(1, words.size());
        m[row + Features.NUMBERS] = numbers;
        m[row + Features.FIRST_PERSON] = (double) first / wc;
        m[row + Features.SECOND_PERSON] = (double) second / wc;
        m[row + Features.ATTRIBUTION] = said;
        m[row + Features.TIME_WORDS] = time;
    }

    /** Quotation marks, brackets, and symbols as a share of letters and symbols. */
    private static void characterCues(String text, double[] m, int row) {
        int quotes = 0, symbols = 0, parens = 0, letters = 0;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            // Most characters are ASCII letters: one bit test each, and nothing else to count.
            if (AsciiMask.isLetter(c)) {
                letters++;
                continue;
            }
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') quotes++;
            else if (c == '(' || c == ')' || c == '[' || c == ']') parens++;
            if (c < 128 ? ASCII_SYMBOLS.has(c) : isSymbol(c)) symbols++;
        }
        m[row + Features.QUOTES] = quotes;
        m[row + Features.SYMBOLS] = letters + symbols == 0 ? 0 : (double) symbols / (letters + symbols);
        m[row + Features.PARENTHESES] = parens;
    }

    /** How many page-debris cues the text holds, in any case. */
    private static int debrisCues(String text) {
        String lowerText = text.toLowerCase(Locale.ROOT);
        int debris = 0;
        for (String cue : DEBRIS_CUES) if (lowerText.contains(cue)) debris++;
        return debris;
    }
}
