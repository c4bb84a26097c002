package dev.precis.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairwise and B-cubed precision, recall and F1 of a grouping against a gold one. Pairwise counts
 * every pair of articles put in the same story (Miranda et al., EMNLP 2018); B-cubed averages, per
 * article, the share of its predicted story that is in its gold story (precision) and the reverse
 * (recall). A null label (noise, or an article the grouping left out) is a story of its own.
 */
public record GroupingScores(int articles, double pairPrecision, double pairRecall, double pairF1,
                             double bcubedPrecision, double bcubedRecall, double bcubedF1) {

    /** Scores {@code predicted} against {@code gold}, both one label per article, in the same order. */
    public static GroupingScores of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) throw new IllegalArgumentException("one label per article on both sides");
        int n = gold.size();
        String[] g = singletons(gold, "gold");
        String[] p = singletons(predicted, "predicted");
        Map<String, Integer> goldSize = counts(g);
        Map<String, Integer> predSize = counts(p);
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) both.merge(g[i] + "\u0000" + p[i], 1, Integer::sum);
        long truePairs = pairs(both);
        long predictedPairs = pairs(predSize);
        long goldPairs = pairs(goldSize);
        double pp = predictedPairs == 0 ? 1 : truePairs / (double) predictedPairs;
        double pr = goldPairs == 0 ? 1 : truePairs / (double) goldPairs;
        double bp = 0;
        double br = 0;
        for (int i = 0; i < n; i++) {
            int shared = both.get(g[i] + "\u0000" + p[i]);
            bp += shared / (double) predSize.get(p[i]);
            br += shared / (double) goldSize.get(g[i]);
        }
        bp = n == 0 ? 1 : bp / n;
        br = n == 0 ? 1 : br / n;
        return new GroupingScores(n, pp, pr, f1(pp, pr), bp, br, f1(bp, br));
    }

    private static String[] singletons(List<String> labels, String side) {
        String[] out = new String[labels.size()];
        for (int i = 0; i < out.length; i++) {
            String l = labels.get(i);
            out[i] = l == null ? "\u0001" + side + i : "=" + Objects.toString(l);
        }
        return out;
    }

    private static Map<String, Integer> counts(String[] labels) {
        Map<String, Integer> out = new HashMap<>();
        for (String l : labels) out.merge(l, 1, Integer::sum);
        return out;
    }

    private static long pairs(Map<String, Integer> sizes) {
        long total = 0;
        for (int s : sizes.values()) total += (long) s * (s - 1) / 2;
        return total;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
