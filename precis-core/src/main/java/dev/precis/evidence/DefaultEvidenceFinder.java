package dev.precis.evidence;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.evidence.align.Alignments;
import dev.precis.evidence.align.Facts;
import dev.precis.evidence.dates.DateDisagreements;
import dev.precis.evidence.dates.Timeline;
import dev.precis.evidence.names.Names;
import dev.precis.evidence.quantities.Ages;
import dev.precis.evidence.quantities.Disagreements;
import dev.precis.evidence.quotes.Quotes;

import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.model.Evidence;
import dev.precis.model.Fact;
import dev.precis.model.Quote;
import dev.precis.model.TimelineEvent;
import dev.precis.parallel.Workers;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evidence stage: paraphrase groups with their support ({@link Facts}), quantities reported
 * differently ({@link Disagreements}), a person's age given differently ({@link Ages}), events
 * given different dates ({@link DateDisagreements}), quotes with their speakers ({@link Quotes})
 * and dated events ({@link Timeline}). Stateless and thread-safe.
 */
public final class DefaultEvidenceFinder implements EvidenceFinder {
    public DefaultEvidenceFinder() {
    }

    @Override
    public Evidence find(ClusterAnalysis analysis) {
        ClusterText text = analysis.text();
        if (text.size() == 0) return Evidence.NONE;
        // A big cluster's quantities are compared on a core of their own: they are a third of its
        // evidence, which is otherwise the longest path of its summary.
        Workers.Pending<List<Disagreement>> quantities = Workers.start(Workers.worthIt(text.articles().size()),
                () -> Disagreements.find(text, analysis.vectors()));
        try {
            // What needs no alignment first: in a big cluster this runs while the other thread is still
            // computing the similarities that the alignments are made from, instead of waiting for them.
            Map<String, String> longest = Names.longestNames(text);
            List<Quote> quotes = Quotes.find(text, longest);
            List<Disagreement> ages = Ages.find(text, () -> longest);
            List<Disagreement> dated = DateDisagreements.find(analysis);
            TermVectors vectors = analysis.vectors();
            List<Fact> facts = Facts.find(text, vectors, Alignments.of(analysis));
            List<TimelineEvent> timeline = Timeline.find(analysis);
            List<Disagreement> disagreements = new ArrayList<>(quantities.join());
            disagreements.addAll(ages);
            disagreements.addAll(dated);
            return new Evidence(facts, disagreements, quotes, timeline);
        } catch (RuntimeException | Error e) {
            quantities.cancel();
            throw e;
        }
    }
}
