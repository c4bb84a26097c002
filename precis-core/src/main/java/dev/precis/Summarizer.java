package dev.precis;

import dev.precis.evidence.align.Alignments;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.order.StoryOpening;
import dev.precis.parallel.Workers;
import dev.precis.score.Corroboration;
import dev.precis.score.Scorer;
import dev.precis.select.Budget;
import dev.precis.select.Introductions;
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

    /**
     * Scores the cluster, nudges the scores towards facts several articles carry
     * ({@link Corroboration}), and selects under the budget; the result is in no particular order.
     * This is the one path from a cluster to its summary sentences: the pipeline, evaluation and
     * tuning all run it.
     */
    public List<Sentence> choose(ClusterAnalysis analysis, Budget budget) {
        ClusterText text = analysis.text();
        // Whom each sentence introduces is needed whatever the scores (selection, the story's opening,
        // the reading order): a big cluster's is worked out on another core while its sentences are
        // scored. Not waited for here, nor cancelled: whoever asks the analysis first computes it.
        Workers.start(Workers.worthIt(text.articles().size()), () -> analysis.get(Introductions.OF_CLUSTER));
        double[] scores = Corroboration.prefer(scorer.score(analysis), Alignments.of(analysis).supportCounts(),
                text.contributingArticles());
        List<Sentence> chosen = selector.select(analysis, scores, budget);
        int lead = StoryOpening.missingLead(analysis, chosen, scores, budget);
        if (lead < 0) return chosen;
        // The summary would open mid-story: selection runs again with the lead that can open it
        // ranked first, so it is taken and the rest is chosen around it.
        double[] withLead = scores.clone();
        double top = Double.NEGATIVE_INFINITY;
        for (double v : scores) top = Math.max(top, v);
        withLead[lead] = top + 1;
        return selector.select(analysis, withLead, budget);
    }

    /** As {@link #choose(ClusterAnalysis, Budget)} on a fresh analysis of the cluster. */
    public List<Sentence> choose(ClusterText text, Budget budget) {
        return choose(new ClusterAnalysis(text), budget);
    }
}
