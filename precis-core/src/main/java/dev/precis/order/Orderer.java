package dev.precis.order;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.List;

/** Puts the chosen sentences in an order that reads well. */
public interface Orderer {
    List<Sentence> order(ClusterText text, List<Sentence> chosen);

    /**
     * As {@link #order(ClusterText, List)}, with the cluster's analysis, so that what selection
     * already worked out about the cluster is not worked out again.
     */
    default List<Sentence> order(ClusterAnalysis analysis, List<Sentence> chosen) {
        return order(analysis.text(), chosen);
    }
}
