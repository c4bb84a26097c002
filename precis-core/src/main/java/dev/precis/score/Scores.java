package dev.precis.score;

/** Small helpers shared by scorers. */
public final class Scores {
    private Scores() {
    }

    /**
     * Rescales scores in place to [0, 1] (min to 0, max to 1). When every score is equal, each
     * becomes 1: no sentence is preferred, and none is made worthless. Non-finite values become 0
     * before rescaling.
     *
     * @return the same array, for chaining
     */
    public static double[] normalise(double[] scores) {
        if (scores.length == 0) return scores;
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) scores[i] = 0;
            min = Math.min(min, scores[i]);
            max = Math.max(max, scores[i]);
        }
        double range = max - min;
        if (range <= 1e-12) {
            java.util.Arrays.fill(scores, 1.0);
            return scores;
        }
        for (int i = 0; i < scores.length; i++) scores[i] = (scores[i] - min) / range;
        return scores;
    }
}
