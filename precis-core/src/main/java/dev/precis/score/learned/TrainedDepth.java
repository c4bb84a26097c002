package dev.precis.score.learned;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

/**
 * Trusts the learned score less deep in a long article. The ranker was trained mostly on
 * Multi-News' truncated form, where every article stops after a few hundred words, so it never saw
 * that the body of a long raw article (background, quotes, the page's own tail) rarely makes the
 * reference: a sentence that starts past {@link #WORDS} words of its article keeps {@link #FACTOR}
 * of its rescaled score. Truncated text mostly ends before that depth. Measured in rounds
 * rouge12, rouge13, damp13 and rouge14 (docs/learned-ranker.md): a step at 300 words beat a
 * smooth decay and a depth in sentences; any factor from 0.2 to 0.4 gave val-raw ROUGE-2 +0.005.
 */
final class TrainedDepth {
    /** Words of its article before a sentence past which the model is trusted less. */
    static final int WORDS = 300;
    /** What a sentence past {@link #WORDS} keeps of its score. */
    static final double FACTOR = 0.4;

    private TrainedDepth() {
    }

    /** Damps {@code scores} (one per sentence of {@code text}, in place) by each sentence's depth; returns them. */
    static double[] damp(double[] scores, ClusterText text) {
        int[] wordsBefore = new int[text.articles().size()];
        for (Sentence s : text.sentences()) {
            if (wordsBefore[s.article()] > WORDS) scores[s.id()] *= FACTOR;
            wordsBefore[s.article()] += s.wordCount();
        }
        return scores;
    }
}
