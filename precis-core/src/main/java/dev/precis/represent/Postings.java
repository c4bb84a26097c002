package dev.precis.represent;

import java.util.Arrays;
/**
 * Inverted index of a cluster's term ids: for each term, the sentences that carry it, in
 * increasing id order. Terms carried by more than the cap get an empty list.
 */
final class Postings {
    private final int[] start;
    private final int[] sentences;
    private final int pruned;

    private Postings(int[] start, int[] sentences, int pruned) {
        this.start = start;
        this.sentences = sentences;
        this.pruned = pruned;
    }

    static Postings of(TermVectors v, int cap) {
        int terms = v.vocabularySize(), n = v.size();
        int[] df = new int[terms];
        for (int s = 0; s < n; s++) for (int t : v.termIds(s)) df[t]++;
        int[] start = new int[terms + 1];
        long total = 0;
        int pruned = 0;
        for (int t = 0; t < terms; t++) {
            if (df[t] > cap) pruned++;
            else total += df[t];
            start[t + 1] = Sizes.arrayLength(total, "term occurrences");
        }
        int[] sentences = new int[start[terms]];
        int[] fill = Arrays.copyOf(start, terms);
        for (int s = 0; s < n; s++) {
            for (int t : v.termIds(s)) if (df[t] <= cap) sentences[fill[t]++] = s;
        }
        return new Postings(start, sentences, pruned);
    }

    int start(int term) { return start[term]; }
    int end(int term) { return start[term + 1]; }
    int sentence(int p) { return sentences[p]; }
    /** Terms over the cap. */
    int pruned() { return pruned; }
}
