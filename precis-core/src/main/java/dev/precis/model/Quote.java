package dev.precis.model;

import java.util.List;

/** A direct quotation, its speaker (empty when unknown), and every article that carries it. */
public record Quote(String text, String speaker, List<Citation> citations) {
    public Quote {
        citations = List.copyOf(citations);
    }
}
