package dev.precis.model;

import java.util.List;

/**
 * A sentence of the summary. The first citation is the sentence the text was taken from; the rest
 * are the other articles that report the same fact.
 */
public record SummarySentence(String text, int sentenceId, List<Citation> citations) {
    public SummarySentence {
        citations = List.copyOf(citations);
    }
}
