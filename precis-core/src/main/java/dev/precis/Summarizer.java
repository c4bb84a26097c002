package dev.precis;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import dev.precis.score.Scorer;
import dev.precis.select.Budget;
import dev.precis.select.Selector;

import java.util.List;
import java.util.Objects;

/**
 * A named way to choose summary sentences: a scorer that ranks the cluster's sentences and a
 * selector that picks the best ones under a budget without repeating a fact.
 *
 * @param name the name people pass as {@code --algorithm}: lower case letters, digits, '-' or '_'
 */
public record Summarizer(String name, Scorer scorer, Selector selector) {
    public Summarizer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(selector, "selector");
        if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("summarizer name must be lower case letters, digits, '-' or '_', got '" + name + "'");
        }
    }

    /** The same scorer with another selector (the name stays), for comparing selection methods. */
    public Summarizer withSelector(Selector other) {
        return new Summarizer(name, scorer, other);
    }

    /** Scores the cluster and selects under the budget; the result is in no particular order. */
    public List<Sentence> choose(ClusterText text, TermVectors vectors, Budget budget) {
        return selector.select(text, vectors, scorer.score(text, vectors), budget);
    }

    /** As {@link #choose(ClusterText, TermVectors, Budget)}, building the term vectors. */
    public List<Sentence> choose(ClusterText text, Budget budget) {
        return choose(text, TermVectors.of(text), budget);
    }
}
