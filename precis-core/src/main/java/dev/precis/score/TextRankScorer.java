package dev.precis.score;

import dev.precis.analysis.ClusterAnalysis;

import dev.precis.model.ClusterText;
import dev.precis.represent.Sizes;
import dev.precis.represent.TermVectors;

/**
 * TextRank for sentences (Mihalcea and Tarau 2004): edge weight between two sentences is the
 * number of terms they share divided by {@code log|a| + log|b|} (|s| = the sentence's term count),
 * ranked by PageRank with damping 0.85. Terms are the stemmed, stop-word-free terms of the
 * segmenter. O(n^2) in the number of sentences, with a dense n×n graph: not the default scorer,
 * and the size of that graph is checked so that a huge cluster gets a clear error.
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
        double[] w = new double[Sizes.product(n, n, "TextRank edges")];
        int[] mark = new int[vectors.vocabularySize()]; // 1 for the terms of sentence a
        for (int a = 0; a < n; a++) {
            int[] ta = vectors.termIds(a);
            if (ta.length == 0) continue;
            for (int t : ta) mark[t] = 1;
            for (int b = a + 1; b < n; b++) {
                double denominator = logLength[a] + logLength[b];
                if (denominator <= 0) continue; // two one-term sentences: no meaningful edge
                int overlap = 0;
                for (int t : vectors.termIds(b)) overlap += mark[t];
                if (overlap == 0) continue;
                double v = overlap / denominator;
                w[a * n + b] = v;
                w[b * n + a] = v;
            }
            for (int t : ta) mark[t] = 0;
        }
        return Scores.normalise(PageRank.rank(w, n));
    }
}
