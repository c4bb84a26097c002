package dev.precis.score;

import dev.precis.model.ClusterText;
import dev.precis.represent.TermVectors;

/** Gives every sentence of a cluster a salience score; higher means more summary-worthy. */
public interface Scorer {
    /** Name used on the command line ({@code --algorithm}). */
    String name();

    /** One score per sentence, indexed by {@link dev.precis.model.Sentence#id()}. */
    double[] score(ClusterText text, TermVectors vectors);
}
