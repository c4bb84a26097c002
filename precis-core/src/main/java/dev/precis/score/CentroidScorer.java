package dev.precis.score;

import dev.precis.analysis.ClusterAnalysis;

import dev.precis.model.ClusterText;
import dev.precis.represent.TermVectors;

/**
 * Centroid scoring (after MEAD, Radev et al. 2004): the cosine of each sentence's TF-IDF vector with
 * the cluster centroid, the normalised sum of all sentence vectors. A sentence that uses the
 * story's most common specific vocabulary scores highest. Pure: no position prior.
 */
public final class CentroidScorer implements Scorer {
    public static final String NAME = "centroid";

    private final double positionWeight;

    /** Pure centroid scoring. */
    public CentroidScorer() {
        this(0);
    }

    /**
     * Centroid similarity plus {@code positionWeight / (1 + position in article)}, a lead prior.
     *
     * @param positionWeight weight of the prior, 0 for none
     */
    public CentroidScorer(double positionWeight) {
        if (!(positionWeight >= 0)) throw new IllegalArgumentException("position weight must be >= 0, got " + positionWeight);
        this.positionWeight = positionWeight;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] score(ClusterAnalysis analysis) {
        ClusterText text = analysis.text();
        TermVectors vectors = analysis.vectors();
        int n = text.size();
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = vectors.centroidSimilarity(i);
            if (positionWeight > 0) scores[i] += positionWeight / (1 + text.sentence(i).position());
        }
        return Scores.normalise(scores);
    }
}
