package dev.precis.model;

import java.util.List;

/**
 * What the sources say together: facts with their support, disagreements between sources, quotes
 * and dated events. Filled by the evidence stage.
 */
public record Evidence(List<Fact> facts, List<Disagreement> disagreements, List<Quote> quotes,
                       List<TimelineEvent> timeline) {
    public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of(), List.of());

    public Evidence {
        facts = List.copyOf(facts);
        disagreements = List.copyOf(disagreements);
        quotes = List.copyOf(quotes);
        timeline = List.copyOf(timeline);
    }

    public boolean isEmpty() {
        return facts.isEmpty() && disagreements.isEmpty() && quotes.isEmpty() && timeline.isEmpty();
    }
}
