package dev.precis.represent;

import java.util.Arrays;

/**
 * The candidate pairs of a cluster, one sentence after another: for sentence {@code a}, the later
 * sentences that share a candidate-generating term with it, in increasing id order, each with the
 * dot product of the two vectors over those terms. The products are added in term id order, as a
 * dense dot product adds them, so where the pair shares no capped term the sum is the cosine, bit
 * for bit. Candidates are marked in a bitmap of the sentences and read back in order, which
 * removes both duplicates and the need to sort.
 */
final class CandidateRows {
    private final TermVectors v;
    private final Postings postings;
    /** Where each term's postings pass the current row: the row's own entry, since rows come in the lists' order. */
    private final int[] own;
    private final long[] marked;
    /** Scratch: the dot product so far with each marked sentence; zero elsewhere. */
    private final double[] dot;
    private int[] ids = new int[16];
    private double[] dots = new double[16];

    /** @param first the first sentence that {@link #next} will be asked for */
    CandidateRows(TermVectors v, Postings postings, int first) {
        this.v = v;
        this.postings = postings;
        this.own = new int[v.vocabularySize()];
        for (int t = 0; t < own.length; t++) own[t] = postings.firstFrom(t, first);
        this.marked = new long[(v.size() + 63) >>> 6];
        this.dot = new double[v.size()];
    }

    /** Finds the candidates of sentence {@code a}; call for every sentence from the first in increasing order. Returns their number. */
    int next(int a) {
        int[] ta = v.termIds(a);
        double[] wa = v.weights(a);
        int last = -1;
        for (int k = 0; k < ta.length; k++) {
            int t = ta[k];
            int e = postings.end(t);
            if (own[t] == e) continue; // a term over the cap: no postings
            double w = wa[k];
            for (int p = own[t]++ + 1; p < e; p++) {
                int b = postings.sentence(p);
                marked[b >>> 6] |= 1L << b;
                dot[b] += w * postings.weight(p);
                if (b > last) last = b;
            }
        }
        int count = 0;
        for (int word = (a + 1) >>> 6, end = last < 0 ? -1 : last >>> 6; word <= end; word++) {
            long bits = marked[word];
            if (bits == 0) continue;
            marked[word] = 0;
            int popular = count + Long.bitCount(bits);
            if (popular > ids.length) {
                int length = Sizes.arrayLength(Math.max(popular, 2L * ids.length), "candidate sentences");
                ids = Arrays.copyOf(ids, length);
                dots = Arrays.copyOf(dots, length);
            }
            while (bits != 0) {
                int b = (word << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                ids[count] = b;
                dots[count++] = dot[b];
                dot[b] = 0;
            }
        }
        return count;
    }

    /** The {@code c}-th candidate of the last row. */
    int id(int c) {
        return ids[c];
    }

    /** Its dot product with the row's sentence over the candidate-generating terms. */
    double dot(int c) {
        return dots[c];
    }
}
