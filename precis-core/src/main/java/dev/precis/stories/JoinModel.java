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
    public JoinModel {
        if (weights.length != JoinFeatures.COUNT) {
            throw new IllegalArgumentException(JoinFeatures.COUNT + " weights expected, not " + weights.length);
        }
        weights = weights.clone();
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
