package dev.precis.represent;

import java.util.Arrays;

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
        return of(v, DEFAULT_TERM_CAP);
    }

    /** @param termCap a term carried by more than this many sentences generates no candidate pairs */
    public static Similarities of(TermVectors v, int termCap) {
        Postings postings = postings(v, termCap);
        return of(v, postings, new Cosines(v, postings));
    }

    /** The graph of {@code weights} over the candidate pairs of {@code v}. */
    public static Similarities of(TermVectors v, int termCap, Weights weights) {
        return of(v, postings(v, termCap), weights);
    }

    private static Postings postings(TermVectors v, int termCap) {
        if (termCap < 1) throw new IllegalArgumentException("term cap must be >= 1, got " + termCap);
        return Postings.of(v, termCap);
    }

    private static Similarities of(TermVectors v, Postings postings, Weights weights) {
        int n = v.size();
        // Upper triangle (b > a), row by row; each row's candidates sorted by id.
        Growing upper = new Growing();
        int[] upperStart = new int[n + 1];
        int[] lowerCount = new int[n];
        CandidateRows rows = new CandidateRows(v, postings);
        for (int a = 0; a < n; a++) {
            int count = rows.next(a);
            weights.from(a);
            for (int c = 0; c < count; c++) {
                int b = rows.id(c);
                upper.add(b, weights.to(b, rows.dot(c)));
                lowerCount[b]++;
            }
            weights.done(a);
            upperStart[a + 1] = upper.size();
        }
        return symmetric(v, upper, upperStart, lowerCount, postings.pruned(), weights.self());
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

    /** Rows holding, in id order, the lower neighbours, the sentence itself (if it has terms) and the upper ones. */
    private static Similarities symmetric(TermVectors v, Growing upper, int[] upperStart, int[] lowerCount, int pruned,
                                          double self) {
        int n = v.size();
        int[] start = new int[n + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += lowerCount[i] + (v.termIds(i).length == 0 ? 0 : 1) + (upperStart[i + 1] - upperStart[i]);
            start[i + 1] = Sizes.arrayLength(total, "similar sentence pairs");
        }
        int[] neighbours = new int[start[n]];
        double[] cosines = new double[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int a = 0; a < n; a++) {
            // Lower neighbours of a were appended by every smaller row already, in increasing order.
            if (v.termIds(a).length > 0) {
                neighbours[fill[a]] = a;
                cosines[fill[a]++] = self;
            }
            for (int p = upperStart[a]; p < upperStart[a + 1]; p++) {
                int b = upper.neighbour(p);
                double c = upper.cosine(p);
                neighbours[fill[a]] = b;
                cosines[fill[a]++] = c;
                neighbours[fill[b]] = a;
                cosines[fill[b]++] = c;
            }
        }
        return new Similarities(start, neighbours, cosines, pruned);
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

    /**
     * Append-only pairs (neighbour, cosine), kept in blocks of {@value #BLOCK}: growing one array by
     * doubling held up to three times the pairs while it copied (a 500-article cluster has millions).
     * The first block starts small and doubles up to the block size, so a small cluster allocates
     * little.
     */
    private static final class Growing {
        private static final int SHIFT = 16, BLOCK = 1 << SHIFT, MASK = BLOCK - 1;
        private final java.util.List<int[]> neighbours = new java.util.ArrayList<>();
        private final java.util.List<double[]> cosines = new java.util.ArrayList<>();
        private int size;

        void add(int neighbour, double cosine) {
            int block = size >>> SHIFT, at = size & MASK;
            if (block == neighbours.size()) {
                Sizes.arrayLength((long) size + BLOCK, "similar sentence pairs");
                int length = block == 0 ? 64 : BLOCK;
                neighbours.add(new int[length]);
                cosines.add(new double[length]);
            } else if (at == neighbours.get(block).length) { // only the first block is ever short
                int length = Math.min(BLOCK, 2 * at);
                neighbours.set(block, Arrays.copyOf(neighbours.get(block), length));
                cosines.set(block, Arrays.copyOf(cosines.get(block), length));
            }
            neighbours.get(block)[at] = neighbour;
            cosines.get(block)[at] = cosine;
            size++;
        }

        int size() { return size; }
        int neighbour(int p) { return neighbours.get(p >>> SHIFT)[p & MASK]; }
        double cosine(int p) { return cosines.get(p >>> SHIFT)[p & MASK]; }
    }
}
