package dev.precis.score;

/**
 * Prefers facts that several articles report when salience is close: a fact five outlets carry is
 * more likely central, and more trustworthy, than one only a single outlet has.
 */
public final class Corroboration {
    /**
     * Largest nudge, as a share of the score range: a fact every article carries gains a quarter of
     * the range, enough to win over a somewhat more salient single-source sentence but not over a
     * clearly better one. On val-raw (bench, 256 words) ROUGE-2 rose with the weight from 0 to 0.3
     * for every scorer (lead 0.1565 to 0.1642, lexrank 0.1499 to 0.1541) and flattened after.
     */
    public static final double WEIGHT = 0.25;

    private Corroboration() {
    }

    /**
     * Adds to each score {@code WEIGHT * range * (support - 1) / (articles - 1)}, where support is
     * the number of articles that carry the sentence's fact.
     */
    public static double[] prefer(double[] scores, int[] support, int articles) {
        if (articles < 2 || scores.length == 0) return scores;
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        double range = max > min ? max - min : 1;
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i] + WEIGHT * range * (support[i] - 1) / (articles - 1);
        }
        return out;
    }
}
