package dev.precis.order;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.List;

/** Puts the chosen sentences in an order that reads well. */
public interface Orderer {
    List<Sentence> order(ClusterText text, List<Sentence> chosen);
}
