package dev.precis.evidence.quotes;

import dev.precis.model.ClusterText;
import dev.precis.model.Quote;

import java.util.ArrayList;
import java.util.List;

import static dev.precis.evidence.names.Names.longestNames;

/**
 * The quotes {@link Quotes#find} reports, each with the {@link SpeakerPath} that chose its speaker: what the lab's
 * per-path precision report reads (the path of the first occurrence giving the quote's speaker). Not part of the output.
 */
public final class SpeakerPaths {
    private SpeakerPaths() {
    }

    /** A reported quote and the form that chose its speaker ({@link SpeakerPath#NONE} when it has none). */
    public record Traced(Quote quote, SpeakerPath path) {
    }

    public static List<Traced> traced(ClusterText text) {
        List<Traced> out = new ArrayList<>();
        for (List<QuoteGroups.Found> g : QuoteGroups.groups(Quotes.occurrences(text, longestNames(text)))) {
            Quote q = QuoteGroups.quote(g);
            SpeakerPath path = g.stream().filter(f -> f.speaker().equals(q.speaker())).map(QuoteGroups.Found::path)
                    .findFirst().orElse(SpeakerPath.NONE);
            out.add(new Traced(q, q.speaker().isEmpty() ? SpeakerPath.NONE : path));
        }
        return out;
    }
}
