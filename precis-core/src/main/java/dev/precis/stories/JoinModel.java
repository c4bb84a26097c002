package dev.precis.stories;

import java.util.Arrays;

/**
 * A learned join decision: logistic regression over the features of a new article against one
 * candidate story ({@link JoinFeatures}), giving the probability that the article belongs to that
 * story. The same-story and different-story cosines overlap; the other features (how much of the
 * article the story explains, whether its numbers and rarest terms recur there, the story's size)
 * separate some of what the cosine alone cannot.
 *
 * @param weights   one weight per feature, in {@link JoinFeatures} order
 * @param bias      the intercept
 * @param threshold least probability to join
 */
public record JoinModel(double[] weights, double bias, double threshold) implements java.io.Serializable {
    /**
     * Fitted on the tune halves (first halves) of both labelled streams, val-raw-stream's candidates
     * weighted 10 to 1 against val-stream's many (docs/stories.md gives the commands); the threshold
     * is the best of 0.1-0.5 for the two tune halves together.
     */
    public static final JoinModel DEFAULT = new JoinModel(new double[]{-12.2044, 44.323, -9.37228, -6.23337, 0.170133,
            -0.200651, 5.87635, -0.961903, -0.0263586, 1.31389, 5.14912, -1.06768, 1.2113}, -5.5245, 0.3);

    public JoinModel {
        if (weights.length != JoinFeatures.COUNT) {
            throw new IllegalArgumentException(JoinFeatures.COUNT + " weights expected, not " + weights.length);
        }
        weights = weights.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JoinModel m && Arrays.equals(weights, m.weights) && bias == m.bias && threshold == m.threshold;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Double.hashCode(bias) * 17 + Double.hashCode(threshold);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) z += weights[i] * features[i];
        return 1 / (1 + Math.exp(-z));
    }

    /** Reads "bias w1 ... wN threshold", blanks between (the form a training script prints). */
    public static JoinModel parse(String text) {
        double[] v = Arrays.stream(text.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
        if (v.length != JoinFeatures.COUNT + 2) throw new IllegalArgumentException("bias, " + JoinFeatures.COUNT + " weights and a threshold expected");
        return new JoinModel(Arrays.copyOfRange(v, 1, v.length - 1), v[0], v[v.length - 1]);
    }

    public JoinModel withThreshold(double t) {
        return new JoinModel(weights, bias, t);
    }
}
