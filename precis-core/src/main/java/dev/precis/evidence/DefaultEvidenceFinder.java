package dev.precis.evidence;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.evidence.align.Alignments;
import dev.precis.evidence.align.Facts;
import dev.precis.evidence.dates.DateDisagreements;
import dev.precis.evidence.dates.Timeline;
import dev.precis.evidence.quantities.Ages;
import dev.precis.evidence.quantities.Disagreements;
import dev.precis.evidence.quotes.Quotes;

import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.model.Evidence;
import dev.precis.model.Fact;
import dev.precis.model.Quote;
import dev.precis.model.TimelineEvent;
import dev.precis.represent.TermVectors;

import java.util.List;

/**
 * The evidence stage: paraphrase groups with their support ({@link Facts}), quantities reported
 * differently ({@link Disagreements}), a person's age given differently ({@link Ages}), events given different dates ({@link DateDisagreements}), quotes with their speakers ({@link Quotes}) and dated events
 * ({@link Timeline}). Stateless and thread-safe.
 */
public final class DefaultEvidenceFinder implements EvidenceFinder {
    public DefaultEvidenceFinder() {
    }

    @Override
    public Evidence find(ClusterAnalysis analysis) {
        ClusterText text = analysis.text();
        if (text.size() == 0) return Evidence.NONE;
        TermVectors vectors = analysis.vectors();
        int[][] best = analysis.alignments().table();
        List<Fact> facts = Facts.find(text, vectors, best);
        List<Disagreement> disagreements = new java.util.ArrayList<>(Disagreements.find(text, vectors));
        disagreements.addAll(Ages.find(text));
        disagreements.addAll(DateDisagreements.find(analysis));
        List<Quote> quotes = Quotes.find(text);
        List<TimelineEvent> timeline = Timeline.find(analysis);
        return new Evidence(facts, disagreements, quotes, timeline);
    }
}
