package dev.precis.score;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.represent.TermVectors;

/** Gives every sentence of a cluster a salience score; higher means more summary-worthy. */
public interface Scorer {
    /** Name used on the command line ({@code --algorithm}). */
    String name();

    /**
     * One score per sentence, indexed by {@link dev.precis.model.Sentence#id()}. Takes what it needs
     * (vectors, similarities) from the analysis, so nothing the cluster already has is rebuilt.
     */
    double[] score(ClusterAnalysis analysis);

    /** As {@link #score(ClusterAnalysis)} over vectors the caller already has; for tests and tools. */
    default double[] score(ClusterText text, TermVectors vectors) {
        return score(ClusterAnalysis.of(text, vectors));
    }
}
