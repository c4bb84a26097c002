package dev.precis.score.learned;

/**
 * Trusts the model less where its training text ran out. Nearly all training clusters come in the
 * truncated Multi-News form, each article cut to about its first 180 words; only 81 are whole raw
 * articles. On a raw article the model's scores for sentences far past that depth are
 * extrapolation, and the ranker loses most of its ROUGE on big raw clusters (`train --headroom`:
 * on val-truncated its summaries are 0.016 ROUGE-2 from what a perfect ranker gets through the
 * same selection, on val-raw 0.075). So a sentence that starts more than {@link #WORDS} words into
 * its article keeps {@link #FACTOR} of its rescaled score: it is still taken when it is clearly the
 * best, but no longer on a small margin over a sentence near the top. The depth and the factor were
 * chosen on the raw training clusters (`train-raw-sample`, ROUGE-2 0.1607 to 0.1659); text cut as
 * the training text was is not changed.
 */
final class TrainedDepth {
    /** Words of its article before a sentence past which its score is damped. */
    static final int WORDS = 250;
    /** Share of its score such a sentence keeps. */
    static final double FACTOR = 0.5;

    private TrainedDepth() {
    }

    /**
     * Damps, in place, the scores of sentences that start past {@link #WORDS} words of their article.
     *
     * @param scores   rescaled scores, one per sentence
     * @param features the sentences' features, row-major, as {@link Features#extract} gives them
     * @return the same array
     */
    static double[] damp(double[] scores, double[] features) {
        int f = Features.count();
        for (int i = 0; i < scores.length; i++) {
            if (features[i * f + Features.WORD_OFFSET] > WORDS) scores[i] *= FACTOR;
        }
        return scores;
    }
}
