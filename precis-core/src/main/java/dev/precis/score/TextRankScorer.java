package dev.precis.score;

import dev.precis.analysis.ClusterAnalysis;

import dev.precis.model.ClusterText;
import dev.precis.represent.Similarities;
import dev.precis.represent.TermVectors;

/**
 * TextRank for sentences (Mihalcea and Tarau 2004): edge weight between two sentences is the
 * number of terms they share divided by {@code log|a| + log|b|} (|s| = the sentence's term count),
 * ranked by PageRank with damping 0.85. Terms are the stemmed, stop-word-free terms of the
 * segmenter. The graph is sparse: only sentences that share a term are linked (a term in very many
 * sentences of a huge cluster links none, as for LexRank), so the cost follows the links, not n².
 */
public final class TextRankScorer implements Scorer {
    public static final String NAME = "textrank";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ClusterAnalysis analysis) {
        ClusterText text = analysis.text();
        TermVectors vectors = analysis.vectors();
        int n = text.size();
        if (n == 0) return new double[0];
        double[] logLength = new double[n];
        for (int i = 0; i < n; i++) logLength[i] = Math.log(Math.max(1, text.sentence(i).terms().size()));
        return Scores.normalise(PageRank.rank(Similarities.of(vectors, Similarities.DEFAULT_TERM_CAP, new Overlaps(vectors, logLength))));
    }

    /** TextRank's edge: shared terms over the sum of the two sentences' log lengths. */
    private static final class Overlaps implements Similarities.Weights {
        private final TermVectors vectors;
        private final double[] logLength;
        private final int[] mark; // 1 for the terms of sentence a
        private int a;

        Overlaps(TermVectors vectors, double[] logLength) {
            this.vectors = vectors;
            this.logLength = logLength;
            this.mark = new int[vectors.vocabularySize()];
        }

        @Override
        public void from(int a) {
            this.a = a;
            for (int t : vectors.termIds(a)) mark[t] = 1;
        }

        @Override
        public double to(int b, double shared) {
            double denominator = logLength[a] + logLength[b];
            if (denominator <= 0) return 0; // two one-term sentences: no meaningful edge
            int overlap = 0;
            for (int t : vectors.termIds(b)) overlap += mark[t];
            return overlap / denominator;
        }

        @Override
        public void done(int a) {
            for (int t : vectors.termIds(a)) mark[t] = 0;
        }

        @Override
        public double self() {
            return 0; // no self-votes, and a zero keeps the sums those of the dense matrix
        }
    }
}
