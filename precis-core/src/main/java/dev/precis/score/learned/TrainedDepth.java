package dev.precis.score.learned;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

/**
 * Trusts the model less where its training text ran out. Nearly all training clusters come in the
 * truncated Multi-News form, each article cut to about its first 180 words; only 81 are whole raw
 * articles. On a raw article the model's scores for sentences far past that depth are
 * extrapolation, and the ranker loses most of its ROUGE on big raw clusters (`train --headroom`:
 * on val-truncated its summaries are 0.016 ROUGE-2 from what a perfect ranker gets through the
 * same selection, on val-raw 0.075). So a sentence that starts more than {@link #WORDS} words into
 * its article keeps {@link #FACTOR} of its rescaled score: it is still taken when it is clearly the
 * best, but no longer on a small margin over a sentence near the top.
 *
 * <p>Damping depth alone favours short pages, every sentence of which is shallow: in round
 * `rouge11` it brought a tour review's "Would highly recommend him as a guide." into a summary of
 * long news articles. So where a cluster holds an article longer than {@link #WORDS} words (raw
 * text), the sentences of an article shorter than {@link #SHORT_PAGE} words (a review, a promo, a
 * notice beside the stories) are damped as well: they compete with the long articles' openings, not
 * with their depths. Text cut as the training text was (no article past {@link #WORDS}) is not
 * changed. The depth, the factor and the page length were chosen on the raw training clusters
 * (`train-raw-sample`, ROUGE-2 0.1606 to 0.1664; docs/learned-ranker.md, round `rouge12`).
 */
final class TrainedDepth {
    /** Words of its article before a sentence past which its score is damped. */
    static final int WORDS = 250;
    /** Share of its score such a sentence keeps. */
    static final double FACTOR = 0.5;
    /** Words below which an article beside a longer-than-{@link #WORDS} one is a short page, damped too. */
    static final int SHORT_PAGE = 100;

    private TrainedDepth() {
    }

    /**
     * Damps, in place, the scores of sentences that start past {@link #WORDS} words of their
     * article, and, in a cluster with an article longer than that, of every sentence of an article
     * shorter than {@link #SHORT_PAGE} words.
     *
     * @param scores rescaled scores, one per sentence of {@code text}
     * @return the same array
     */
    static double[] damp(double[] scores, ClusterText text) {
        int articles = text.articles().size();
        int[] articleWords = new int[articles];
        int[] offset = new int[text.size()];
        for (Sentence s : text.sentences()) {
            offset[s.id()] = articleWords[s.article()];
            articleWords[s.article()] += s.wordCount();
        }
        boolean raw = false;
        for (int w : articleWords) raw |= w > WORDS;
        for (Sentence s : text.sentences()) {
            boolean shortPage = raw && articleWords[s.article()] < SHORT_PAGE;
            if (offset[s.id()] > WORDS || shortPage) scores[s.id()] *= FACTOR;
        }
        return scores;
    }
}
