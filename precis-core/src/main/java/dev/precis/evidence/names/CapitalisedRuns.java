package dev.precis.evidence.names;

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
        List<int[]> runs = new ArrayList<>();
        int runStart = -1, runEnd = -1; // runEnd: end of the last capitalised word (connectors pending after it)
        int n = text.length(), i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') i++;
            if (i < n && text.charAt(i) == '\n') {
                if (runStart >= 0) runs.add(new int[] {runStart, runEnd});
                runStart = -1;
                i++;
                continue;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(text.charAt(j))) j++;
            if (j == i) break;
            int a = i, b = j;
            boolean opened = false;
            while (a < b && opening(text.charAt(a))) {
                a++;
                opened = true;
            }
            boolean ends = false;
            while (b > a && closing(text.charAt(b - 1))) {
                b--;
                ends = true;
            }
            if (b - 2 >= a && (text.startsWith("’s", b - 2) || text.startsWith("'s", b - 2))) {
                b -= 2;
                ends = true;
            }
            if (b > a && text.charAt(b - 1) == '.' && !isDottedAbbreviation(text.substring(a, b))) {
                b--;
                ends = true;
            }
            if (opened && runStart >= 0) {
                runs.add(new int[] {runStart, runEnd});
                runStart = -1;
            }
            if (b > a && Character.isUpperCase(text.charAt(a))) {
                if (runStart < 0) runStart = a;
                runEnd = b;
            } else if (runStart >= 0 && CONNECTORS.contains(text.substring(a, b))) {
                // kept only if a capitalised word follows
            } else if (runStart >= 0) {
                runs.add(new int[] {runStart, runEnd});
                runStart = -1;
            }
            if (ends && runStart >= 0) {
                runs.add(new int[] {runStart, runEnd});
                runStart = -1;
            }
            i = j;
        }
        if (runStart >= 0) runs.add(new int[] {runStart, runEnd});
        return runs;
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

    private static boolean isDottedAbbreviation(String core) {
        if (core.length() == 2 && Character.isUpperCase(core.charAt(0))) return true; // an initial: "F."
        if (core.indexOf('.') < core.length() - 1) return true;                        // "U.S."
        return TITLE_WORDS.contains(core.toLowerCase(Locale.ROOT));                   // "Mr.", "Gen."
    }
}
