package dev.precis.model;

import java.util.List;

/**
 * A group of sentences from different articles that report the same thing.
 *
 * @param text    a representative wording
 * @param support number of distinct articles that carry it
 */
public record Fact(String text, int support, List<Citation> citations) {
    public Fact {
        citations = List.copyOf(citations);
    }
}
