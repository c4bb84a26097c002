package dev.precis.select;

import dev.precis.model.Sentence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word pairs (lower-cased bigrams) a summary holds so far, and how much of a sentence's pairs it
 * holds already. Cosine over stemmed terms misses a sentence that repeats a chosen one in other
 * order or with a few words changed around the same phrases; ROUGE-2 and a reader both count those
 * phrases twice. Not thread-safe: one per selection.
 */
final class SharedBigrams {
    private final Set<String> held = new HashSet<>();

    /** The share of {@code s}'s distinct word pairs the summary holds already; 0 for a one-word sentence. */
    double share(Sentence s) {
        List<String> w = s.lowerWords();
        Set<String> own = new HashSet<>();
        int shared = 0;
        for (int k = 0; k + 1 < w.size(); k++) {
            String pair = w.get(k) + ' ' + w.get(k + 1);
            if (own.add(pair) && held.contains(pair)) shared++;
        }
        return own.isEmpty() ? 0 : shared / (double) own.size();
    }

    /** Adds {@code s}'s word pairs to the summary's. */
    void add(Sentence s) {
        List<String> w = s.lowerWords();
        for (int k = 0; k + 1 < w.size(); k++) held.add(w.get(k) + ' ' + w.get(k + 1));
    }
}
