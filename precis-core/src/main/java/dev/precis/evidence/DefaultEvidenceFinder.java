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
        boolean big = Workers.worthIt(text.articles().size());
        // A big cluster's quantities are compared on a core of their own, and its dates on another:
        // each is a third of what the quotes, names and facts take, which are otherwise the longest
        // path of its summary, while the other core finishes the summary early and waits. Whichever
        // no pool thread has taken by the time it is needed runs here (Pending.join).
        Workers.Pending<List<Disagreement>> quantities = Workers.start(big, () -> Disagreements.find(text, analysis.vectors()));
        Workers.Pending<Dates> dates = Workers.start(big, () -> Dates.of(analysis));
        try {
            // What needs no alignment first: in a big cluster this runs while the other thread is still
            // computing the similarities that the alignments are made from, instead of waiting for them.
            Map<String, String> longest = Names.longestNames(text);
            List<Quote> quotes = Quotes.find(text, longest);
            List<Disagreement> ages = Ages.find(text, () -> longest);
            TermVectors vectors = analysis.vectors();
            List<Fact> facts = Facts.find(text, vectors, Alignments.of(analysis));
            Dates dated = dates.join();
            List<Disagreement> disagreements = new ArrayList<>(quantities.join());
            disagreements.addAll(ages);
            disagreements.addAll(dated.disagreements());
            return new Evidence(facts, disagreements, quotes, dated.timeline());
        } catch (RuntimeException | Error e) {
            quantities.cancel();
            dates.cancel();
            throw e;
        }
    }

    /** What the article dates show: events dated differently, and the dated events in order. */
    private record Dates(List<Disagreement> disagreements, List<TimelineEvent> timeline) {
        static Dates of(ClusterAnalysis analysis) {
            return new Dates(DateDisagreements.find(analysis), Timeline.find(analysis));
        }
    }
}
