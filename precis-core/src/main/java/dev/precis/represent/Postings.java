package dev.precis.represent;

import java.util.Arrays;
/**
 * Inverted index of a cluster's term ids: for each term, the sentences that carry it, in
 * increasing id order, each with the term's weight in that sentence. Terms carried by more than the
 * cap get an empty list; each sentence keeps a 64-bit signature of the capped terms it carries, so
 * that two sentences whose signatures do not meet are known to share none of them.
 */
final class Postings {
    private final int[] start;
    private final int[] sentences;
    private final double[] weights;
    private final long[] capped;
    private final int pruned;

    private Postings(int[] start, int[] sentences, double[] weights, long[] capped, int pruned) {
        this.start = start;
        this.sentences = sentences;
        this.weights = weights;
        this.capped = capped;
        this.pruned = pruned;
    }

    static Postings of(TermVectors v, int cap) {
        int terms = v.vocabularySize(), n = v.size();
        int[] df = new int[terms];
        for (int s = 0; s < n; s++) for (int t : v.termIds(s)) df[t]++;
        int[] start = new int[terms + 1];
        // A capped term's bit in the signatures; terms that share a bit only cost an exact cosine.
        int[] bit = new int[terms];
        long total = 0;
        int pruned = 0;
        for (int t = 0; t < terms; t++) {
            if (df[t] > cap) bit[t] = pruned++ & 63;
            else total += df[t];
            start[t + 1] = Sizes.arrayLength(total, "term occurrences");
        }
        int[] sentences = new int[start[terms]];
        double[] weights = new double[start[terms]];
        long[] capped = new long[n];
        int[] fill = Arrays.copyOf(start, terms);
        for (int s = 0; s < n; s++) {
            int[] ts = v.termIds(s);
            double[] ws = v.weights(s);
            for (int k = 0; k < ts.length; k++) {
                int t = ts[k];
                if (df[t] > cap) {
                    capped[s] |= 1L << bit[t];
                } else {
                    weights[fill[t]] = ws[k];
                    sentences[fill[t]++] = s;
                }
            }
        }
        return new Postings(start, sentences, weights, capped, pruned);
    }

    int start(int term) { return start[term]; }

    /** The first posting of {@code term} whose sentence is {@code s} or later. */
    int firstFrom(int term, int s) {
        int lo = start[term], hi = start[term + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid] < s) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Each sentence's share of the candidate search: the postings after its own, summed over its terms. */
    long[] work(int n) {
        long[] work = new long[n];
        for (int t = 0; t + 1 < start.length; t++) {
            for (int p = start[t]; p < start[t + 1]; p++) work[sentences[p]] += start[t + 1] - p - 1;
        }
        return work;
    }
    int end(int term) { return start[term + 1]; }
    int sentence(int p) { return sentences[p]; }
    /** The weight of the term in the sentence of posting {@code p}. */
    double weight(int p) { return weights[p]; }
    /** Whether sentences {@code a} and {@code b} may share a capped term (false: they surely do not). */
    boolean mayShareCapped(int a, int b) { return (capped[a] & capped[b]) != 0; }
    /** Whether sentence {@code s} carries a capped term. */
    boolean hasCapped(int s) { return capped[s] != 0; }
    /** Terms over the cap. */
    int pruned() { return pruned; }
}
