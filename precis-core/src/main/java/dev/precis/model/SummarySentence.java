package dev.precis.model;

import java.util.List;

/**
 * A sentence of the summary. The first citation is the sentence the text was taken from; the rest
 * are the other articles that report the same fact. {@code matches} holds, per citation, how
 * closely the cited sentence states this sentence's fact (0 to 1; 1 for its own source).
 */
public record SummarySentence(String text, int sentenceId, List<Citation> citations, List<Double> matches) {
    public SummarySentence {
        citations = List.copyOf(citations);
        matches = List.copyOf(matches);
        if (matches.size() != citations.size()) throw new IllegalArgumentException("one match per citation");
    }

    /** A sentence whose citations are all taken as exact matches. */
    public SummarySentence(String text, int sentenceId, List<Citation> citations) {
        this(text, sentenceId, citations, java.util.Collections.nCopies(citations.size(), 1.0));
    }
}
