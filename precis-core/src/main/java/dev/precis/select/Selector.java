package dev.precis.select;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

import java.util.List;

/** Chooses sentences with high scores that fit the budget and do not repeat each other. */
public interface Selector {
    String name();

    /** The chosen sentences, in no particular order; their total cost never exceeds the budget. */
    List<Sentence> select(ClusterAnalysis analysis, double[] scores, Budget budget);

    /** As {@link #select(ClusterAnalysis, double[], Budget)} over vectors the caller already has. */
    default List<Sentence> select(ClusterText text, TermVectors vectors, double[] scores, Budget budget) {
        return select(ClusterAnalysis.of(text, vectors), scores, budget);
    }
}
