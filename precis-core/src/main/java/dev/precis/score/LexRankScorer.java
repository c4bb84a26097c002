package dev.precis.score;

import dev.precis.analysis.ClusterAnalysis;

import dev.precis.model.ClusterText;
import dev.precis.represent.TermVectors;

/**
 * Continuous LexRank (Erkan and Radev 2004): a graph whose edges are the TF-IDF cosines between
 * sentences, ranked by PageRank with damping 0.85. A sentence similar to many sentences that are
 * themselves central scores highest. Linear in the sparse graph's edges per iteration.
 */
public final class LexRankScorer implements Scorer {
    public static final String NAME = "lexrank";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ClusterAnalysis analysis) {
        ClusterText text = analysis.text();
        int n = text.size();
        if (n == 0) return new double[0];
        return Scores.normalise(PageRank.rank(analysis.similarities()));
    }
}
