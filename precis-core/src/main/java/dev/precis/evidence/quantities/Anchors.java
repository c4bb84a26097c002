package dev.precis.evidence.quantities;

import dev.precis.lexicon.Lexicon;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A sentence's specific places for {@link SameQuantity}: capitalised words that few articles of
 * the cluster use. Two reports naming disjoint anchors are about different facts.
 */
public final class Anchors {
    /**
     * Where the capitalised words of a text are: an upper-case letter that no letter or digit comes
     * right before, and at least one more letter, apostrophe or hyphen ({@code
     * (?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]+}, as a pattern would find them one after another). Every
     * sentence of a cluster is read for them, and the pattern's look-behind at each capital made
     * this a sixth of the quantities' comparison.
     */
    static final class Capitals {
        private final String t;
        private int start, end;

        Capitals(String t) {
            this.t = t;
        }

        /** Moves to the next capitalised word; false when there is none. */
        boolean next() {
            int n = t.length();
            for (int i = end; i < n; i++) { // as a pattern's search does: a char further, not a code point
                char ch = t.charAt(i);
                if (ch < 128 && (ch < 'A' || ch > 'Z')) continue; // the only upper-case letters of ASCII
                int c = t.codePointAt(i), w = Character.charCount(c);
                if (Character.getType(c) == Character.UPPERCASE_LETTER && (i == 0 || !letterOrNumber(t.charAt(i - 1)))) {
                    int e = wordEnd(i + w);
                    if (e > i + w) {
                        start = i;
                        end = e;
                        return true;
                    }
                }
            }
            end = n;
            return false;
        }

        /** Where the letters, apostrophes and hyphens from {@code from} on end. */
        private int wordEnd(int from) {
            int e = from, n = t.length();
            while (e < n) {
                int d = t.codePointAt(e);
                if (!Character.isLetter(d) && d != '\'' && d != '’' && d != '-') break;
                e += Character.charCount(d);
            }
            return e;
        }

        int start() {
            return start;
        }

        String word() {
            return t.substring(start, end);
        }

        /** The char before a match, as a one-char look-behind reads it (half a surrogate pair is neither). */
        private static boolean letterOrNumber(char c) {
            int type = Character.getType(c);
            return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }
    }

    private static final Set<String> NOT_ANCHORS = Lexicon.union(Lexicon.CALENDAR, Set.of(
            "the", "a", "an", "at", "in", "on", "but", "and", "according", "another", "statistics", "more", "some"));

    private Anchors() {
    }

    /** Capitalised words of a sentence (not its first word) that few articles use: places, names of sites. */
    static Set<String> anchors(Sentence s, Map<String, int[]> df, int articles) {
        Set<String> out = new HashSet<>();
        Capitals m = new Capitals(s.text());
        boolean first = true;
        while (m.next()) {
            String w = m.word().toLowerCase(Locale.ROOT);
            if (first && m.start() < 2) {
                first = false;
                continue;
            }
            first = false;
            if (NOT_ANCHORS.contains(w)) continue;
            int[] in = df.get(w);
            if (in != null && in[0] * 2 < articles) out.add(w);
        }
        return out;
    }

    /**
     * For each capitalised word (lower-cased), the number of articles that use it, then the last of
     * them counted: articles are read one after another, so a count and a last article do what a set
     * of article numbers per word did, without boxing every occurrence.
     */
    static Map<String, int[]> capitalArticleFrequency(ClusterText text) {
        Map<String, int[]> df = new HashMap<>();
        for (int a = 0; a < text.articles().size(); a++) {
            for (Sentence s : text.sentencesOf(a)) {
                Capitals m = new Capitals(s.text());
                while (m.next()) {
                    int[] seen = df.computeIfAbsent(m.word().toLowerCase(Locale.ROOT), k -> new int[] {0, -1});
                    if (seen[1] != a) {
                        seen[0]++;
                        seen[1] = a;
                    }
                }
            }
        }
        return df;
    }
}
