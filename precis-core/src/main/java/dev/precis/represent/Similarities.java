package dev.precis.represent;

import dev.precis.parallel.Workers;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The pairwise weights of a cluster's sentences, kept sparse: for each sentence, the sentences it
 * shares a term with (itself included), in increasing id order, with their weight. The weight is the
 * cosine for {@link #of(TermVectors)}, or what a {@link Weights} says (TextRank's word overlap).
 * These are exactly the non-zero entries of the full n×n matrix, in the order a dense row loop
 * visits them, so a sum over a row adds the same numbers in the same order and gives the same bits.
 *
 * <p>Candidate pairs come from an inverted index over the term ids. A term that more than
 * {@link #DEFAULT_TERM_CAP} sentences carry does not generate candidates: in a big cluster such a
 * term (the story's own name, "said") would pair nearly every sentence with every other and make
 * the cost quadratic, while adding little to any cosine, since its IDF is low. A pair that shares
 * some rarer term still gets its exact cosine, common terms included; a pair that shares only
 * capped terms counts as unrelated. No ordinary cluster has a term that frequent, so for them
 * nothing is pruned and the rows are the dense matrix's.
 *
 * <p>Row layout (compressed sparse rows): the entries of sentence {@code i} are the indices
 * {@code start(i)} (inclusive) to {@code end(i)} (exclusive) of {@link #neighbour(int)} and
 * {@link #weight(int)}.
 */
public final class Similarities {
    /**
     * Sentences a term may occur in and still generate candidate pairs. A cluster of at most this
     * many sentences prunes nothing; on the Multi-News validation clusters (up to 465 sentences)
     * the most frequent term is in 181 sentences. On a 500-article cluster (13,000 sentences) a cap
     * of 250 keeps about 8 million entries, where 500 keeps 14 million.
     */
    public static final int DEFAULT_TERM_CAP = 250;

    private final int[] start;
    private final int[] neighbours;
    private final double[] cosines;
    private final int prunedTerms;

    private Similarities(int[] start, int[] neighbours, double[] cosines, int prunedTerms) {
        this.start = start;
        this.neighbours = neighbours;
        this.cosines = cosines;
        this.prunedTerms = prunedTerms;
    }

    /**
     * The weight of the edge between two sentences that share a candidate-generating term: for each
     * sentence {@code a} in increasing order, {@link #from} is called, then {@link #to} for each
     * candidate {@code b > a} in increasing order, then {@link #done}.
     */
    public interface Weights {
        void from(int a);

        /**
         * The weight of a–b for the {@code a} of the last {@link #from}; a zero weight is still kept as
         * an entry. {@code shared} is the dot product of the two TF-IDF vectors over their
         * candidate-generating terms: their cosine, unless both carry a capped term.
         */
        double to(int b, double shared);

        void done(int a);

        /** The diagonal's weight, for a sentence with terms. */
        double self();
    }

    public static Similarities of(TermVectors v) {
        return of(v, false);
    }

    /**
     * @param split walk the later half of the rows (by work) on the worker pool while this thread
     *              walks the earlier half: for a big cluster; the result is the same
     */
    public static Similarities of(TermVectors v, boolean split) {
        Postings postings = postings(v, DEFAULT_TERM_CAP);
        return of(v, postings, () -> new Cosines(v, postings), split);
    }

    /** @param termCap a term carried by more than this many sentences generates no candidate pairs */
    public static Similarities of(TermVectors v, int termCap) {
        Postings postings = postings(v, termCap);
        return of(v, postings, () -> new Cosines(v, postings), false);
    }

    /** The graph of {@code weights} over the candidate pairs of {@code v}. */
    public static Similarities of(TermVectors v, int termCap, Weights weights) {
        return of(v, postings(v, termCap), () -> weights, false);
    }

    private static Postings postings(TermVectors v, int termCap) {
        if (termCap < 1) throw new IllegalArgumentException("term cap must be >= 1, got " + termCap);
        return Postings.of(v, termCap);
    }

    /**
     * Two walks over the candidate pairs of each half of the rows: the first counts each row's
     * entries, the second writes each pair straight into both of its rows. A row holds, in id order,
     * its lower neighbours (those the first half gives, then those the second half gives), the
     * sentence itself (if it has terms) and its upper neighbours; so each half writes to places of
     * its own, and the rows are the same whether the halves are walked one after the other or side
     * by side.
     */
    private static Similarities of(TermVectors v, Postings postings, Supplier<Weights> weights, boolean split) {
        int n = v.size();
        Half first = new Half(v, postings, 0, split ? middle(postings.work(n)) : n);
        Half second = new Half(v, postings, first.to, n);
        int[] upper = new int[n];
        both(split, () -> first.count(upper), () -> second.count(upper));
        int[] start = new int[n + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += first.lower[i] + second.lower[i] + (v.termIds(i).length == 0 ? 0 : 1) + upper[i];
            start[i + 1] = Sizes.arrayLength(total, "similar sentence pairs");
        }
        int[] neighbours = new int[start[n]];
        double[] cosines = new double[start[n]];
        int[] firstFill = new int[n], secondFill = new int[n];
        for (int i = 0; i < n; i++) {
            firstFill[i] = start[i];
            secondFill[i] = start[i] + first.lower[i];
        }
        both(split, () -> first.write(weights.get(), firstFill, neighbours, cosines),
                () -> second.write(weights.get(), secondFill, neighbours, cosines));
        return new Similarities(start, neighbours, cosines, postings.pruned());
    }

    /** Runs both, side by side when {@code split}. */
    private static void both(boolean split, Runnable here, Runnable there) {
        Workers.Pending<Void> other = Workers.start(split, () -> {
            there.run();
            return null;
        });
        try {
            here.run();
        } catch (RuntimeException | Error e) {
            other.cancel();
            throw e;
        }
        other.join();
    }

    /** The row at which the rows before it hold half the work of the candidate search. */
    private static int middle(long[] work) {
        long total = 0;
        for (long w : work) total += w;
        long sum = 0;
        for (int i = 0; i < work.length; i++) {
            sum += work[i];
            if (2 * sum >= total) return i + 1;
        }
        return work.length;
    }

    /** The rows {@code from} (inclusive) to {@code to} (exclusive) and the entries they give later rows. */
    private static final class Half {
        final TermVectors v;
        final Postings postings;
        final int from, to;
        /** For each row, the entries this half's rows put among its lower neighbours. */
        final int[] lower;

        Half(TermVectors v, Postings postings, int from, int to) {
            this.v = v;
            this.postings = postings;
            this.from = from;
            this.to = to;
            this.lower = new int[v.size()];
        }

        void count(int[] upper) {
            CandidateRows rows = new CandidateRows(v, postings, from);
            for (int a = from; a < to; a++) {
                int count = rows.next(a);
                upper[a] = count;
                for (int c = 0; c < count; c++) lower[rows.id(c)]++;
            }
        }

        /** @param fill where this half writes next in each row */
        void write(Weights weights, int[] fill, int[] neighbours, double[] cosines) {
            CandidateRows rows = new CandidateRows(v, postings, from);
            double self = weights.self();
            for (int a = from; a < to; a++) {
                int count = rows.next(a);
                if (v.termIds(a).length > 0) {
                    neighbours[fill[a]] = a;
                    cosines[fill[a]++] = self;
                }
                weights.from(a);
                for (int c = 0; c < count; c++) {
                    int b = rows.id(c);
                    double w = weights.to(b, rows.dot(c));
                    neighbours[fill[a]] = b;
                    cosines[fill[a]++] = w;
                    neighbours[fill[b]] = a;
                    cosines[fill[b]++] = w;
                }
                weights.done(a);
            }
        }
    }

    /**
     * Cosines of the TF-IDF vectors. A pair that shares no capped term has its cosine in the dot
     * product the candidate search added up; for one that may, a's weights are scattered once and
     * b's terms read against them, in the dense matrix's order.
     */
    private static final class Cosines implements Weights {
        private final TermVectors v;
        private final Postings postings;
        private final double[] dense;
        private int a;

        Cosines(TermVectors v, Postings postings) {
            this.v = v;
            this.postings = postings;
            this.dense = new double[v.vocabularySize()];
        }

        @Override
        public void from(int a) {
            this.a = a;
            if (!postings.hasCapped(a)) return;
            int[] ta = v.termIds(a);
            double[] wa = v.weights(a);
            for (int k = 0; k < ta.length; k++) dense[ta[k]] = wa[k];
        }

        @Override
        public double to(int b, double shared) {
            if (!postings.mayShareCapped(a, b)) return shared;
            int[] tb = v.termIds(b);
            double[] wb = v.weights(b);
            double dot = 0;
            for (int k = 0; k < tb.length; k++) dot += wb[k] * dense[tb[k]];
            return dot;
        }

        @Override
        public void done(int a) {
            if (postings.hasCapped(a)) for (int t : v.termIds(a)) dense[t] = 0;
        }

        @Override
        public double self() {
            return 1;
        }
    }

    /** Number of sentences. */
    public int size() {
        return start.length - 1;
    }

    /** First entry of sentence {@code i}'s row. */
    public int start(int i) {
        return start[i];
    }

    /** One past the last entry of sentence {@code i}'s row. */
    public int end(int i) {
        return start[i + 1];
    }

    /** The first entry of sentence {@code i}'s row whose neighbour comes after {@code i} (the row's end if none). */
    public int firstAfter(int i) {
        int k = Arrays.binarySearch(neighbours, start[i], start[i + 1], i);
        return k >= 0 ? k + 1 : -k - 1;
    }

    /** The sentence of entry {@code k}. */
    public int neighbour(int k) {
        return neighbours[k];
    }

    /** The weight of entry {@code k}: the cosine for {@link #of(TermVectors)}. */
    public double weight(int k) {
        return cosines[k];
    }

    /** Weight of sentences {@code i} and {@code j}; 0 when they share no candidate-generating term. */
    public double get(int i, int j) {
        int k = Arrays.binarySearch(neighbours, start[i], start[i + 1], j);
        return k < 0 ? 0 : cosines[k];
    }

    /** Stored entries, the diagonal included. */
    public int entries() {
        return neighbours.length;
    }

    /** Terms too frequent to generate candidates; 0 means the rows equal the dense matrix's. */
    public int prunedTerms() {
        return prunedTerms;
    }
}
