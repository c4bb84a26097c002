package dev.precis.stories;

/**
 * The grouper's term weights and similarity, shared with the batch grouping (precis-spark): a
 * term's weight is {@code (1 + ln tf) * (ln(N + 1) - ln(df + 1) + 1)} over {@code N} documents of
 * which {@code df} hold the term, and two articles compare by the cosine of their weight vectors.
 */
public final class TfIdf {
    private TfIdf() {
    }

    /** The weight of a term counted {@code count} times in an article, in {@code df} of {@code documents} articles. */
    public static double weight(int count, long df, long documents) {
        return weight(count, df, Logs.of(documents + 1));
    }

    /** As {@link #weight(int, long, long)}, with {@code ln(documents + 1)} given: one decision computes it once. */
    static double weight(int count, long df, double logDocuments) {
        return (1 + Logs.of(count)) * (logDocuments - Logs.of(df + 1) + 1);
    }

    /**
     * The cosine of two weight vectors, each given as its terms in ascending order and their weights.
     */
    public static double cosine(String[] termsA, double[] weightsA, String[] termsB, double[] weightsB) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < termsA.length && j < termsB.length) {
            int c = termsA[i].compareTo(termsB[j]);
            if (c == 0) dot += weightsA[i++] * weightsB[j++];
            else if (c < 0) i++;
            else j++;
        }
        if (dot == 0) return 0;
        return dot / Math.sqrt(squares(weightsA) * squares(weightsB));
    }

    private static double squares(double[] w) {
        double s = 0;
        for (double x : w) s += x * x;
        return s;
    }
}
