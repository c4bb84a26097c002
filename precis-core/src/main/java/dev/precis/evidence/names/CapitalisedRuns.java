package dev.precis.evidence.names;

import dev.precis.lexicon.AsciiMask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.precis.evidence.names.Names.TITLE_WORDS;

/** The scanner behind {@link Names#longestNames}: runs of capitalised words in a text. */
public final class CapitalisedRuns {
    private CapitalisedRuns() {
    }

    /**
     * Spans of capitalised-word runs ("US Secretary of State John Kerry", "Staffan de Mistura"),
     * split at punctuation and line breaks; a scanner rather than {@link SpeechPatterns#NAME}, which is too slow
     * over whole articles.
     */
    static List<int[]> capitalisedRuns(String text) {
        Runs runs = new Runs(text);
        int n = text.length();
        // Called once per article, so the JIT compiles this loop on stack as well as whole: it is kept
        // to finding words, and what a word does to the run is a call of its own, compiled apart
        // instead of inside both (the one loop had been compiled three times at 25-30 kB each).
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c == '\n') {
                runs.end();
                i++;
            } else if (AsciiMask.isWhitespace(c)) {
                i++;
            } else {
                int j = i + 1;
                while (j < n && !AsciiMask.isWhitespace(text.charAt(j))) j++;
                runs.word(i, j);
                i = j;
            }
        }
        runs.end();
        return runs.spans;
    }

    /** The runs found so far, and the one being read. */
    private static final class Runs {
        private final String text;
        private final List<int[]> spans = new ArrayList<>();
        private int runStart = -1, runEnd = -1; // runEnd: end of the last capitalised word (connectors pending after it)

        Runs(String text) {
            this.text = text;
        }

        /** Reads the word {@code text[i, j)}: it extends the run, is a pending connector, or ends it. */
        void word(int i, int j) {
            int a = i, b = j;
            while (a < b && opening(text.charAt(a))) a++;
            while (b > a && closing(text.charAt(b - 1))) b--;
            if (b - 2 >= a && text.charAt(b - 1) == 's' && (text.charAt(b - 2) == '’' || text.charAt(b - 2) == '\'')) b -= 2;
            if (b > a && text.charAt(b - 1) == '.' && !isDottedAbbreviation(text, a, b)) b--;
            boolean opened = a > i, ends = b < j; // a mark before the word starts a run, one after it ends the run
            if (b > a && Character.isUpperCase(text.charAt(a))) {
                if (opened) end();
                if (runStart < 0) runStart = a;
                runEnd = b;
                if (ends) end();
            } else if (opened || ends || runStart < 0 || !isConnector(text, a, b)) {
                end(); // a connector is kept only if a capitalised word follows
            }
        }

        /** Ends the run being read, if any. */
        void end() {
            if (runStart >= 0) spans.add(new int[] {runStart, runEnd});
            runStart = -1;
        }
    }

    /** A mark that opens a word: a quote or a bracket. A switch, not a search of a string of marks: it runs for every word of the cluster. */
    private static boolean opening(char c) {
        return switch (c) {
            case '"', '\'', '“', '‘', '(', '[', '{' -> true;
            default -> false;
        };
    }

    /** A mark that closes a word: punctuation, a quote or a bracket. */
    private static boolean closing(char c) {
        return switch (c) {
            case ',', ';', ':', '!', '?', '"', '”', '’', ')', ']', '}', '\'' -> true;
            default -> false;
        };
    }
    private static final Set<String> CONNECTORS = Set.of(
            "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le",
            "dos", "das", "of", "for");
    private static final int LONGEST_CONNECTOR = CONNECTORS.stream().mapToInt(String::length).max().orElse(0);

    private static boolean isConnector(String text, int a, int b) {
        return b - a <= LONGEST_CONNECTOR && CONNECTORS.contains(text.substring(a, b));
    }

    /** Whether {@code text[a, b)}, which ends with a full stop, keeps it: an initial, "U.S.", "Mr.", "Gen.". */
    private static boolean isDottedAbbreviation(String text, int a, int b) {
        if (b - a == 2 && Character.isUpperCase(text.charAt(a))) return true; // an initial: "F."
        if (text.indexOf('.', a) < b - 1) return true;                         // a dot inside: "U.S."
        return TITLE_WORDS.contains(text.substring(a, b).toLowerCase(Locale.ROOT));
    }
}
