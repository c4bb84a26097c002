package dev.precis.select;

import dev.precis.analysis.ClusterAnalysis;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy maximal marginal relevance (Carbonell and Goldstein 1998). Each step takes the candidate
 * with the best {@code lambda * score - (1 - lambda) * max cosine to the chosen} among those that
 * still fit the budget, and never one whose cosine with a chosen sentence exceeds the redundancy
 * threshold — so a fact that several outlets repeat is taken once. Candidates that do not fit are
 * passed over, not the end of the search: the budget is filled as far as it can be.
 *
 * <p>O(k n) cosine evaluations for k chosen sentences out of n.
 */
public final class MmrSelector implements Selector {
    public static final String NAME = "mmr";
    public static final double DEFAULT_LAMBDA = 0.7;
    public static final double DEFAULT_REDUNDANCY = 0.5;

    private final double lambda;
    private final double redundancy;

    public MmrSelector() {
        this(DEFAULT_LAMBDA, DEFAULT_REDUNDANCY);
    }

    /**
     * @param lambda     weight of the score against novelty, in [0, 1]; 1 = pure score order
     * @param redundancy cosine above which a candidate counts as repeating a chosen sentence
     */
    public MmrSelector(double lambda, double redundancy) {
        if (!(lambda >= 0 && lambda <= 1)) throw new IllegalArgumentException("lambda must be in [0, 1], got " + lambda);
        if (!(redundancy > 0 && redundancy <= 1)) throw new IllegalArgumentException("redundancy must be in (0, 1], got " + redundancy);
        this.lambda = lambda;
        this.redundancy = redundancy;
    }

    public double lambda() { return lambda; }
    public double redundancy() { return redundancy; }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Sentence> select(ClusterAnalysis analysis, double[] scores, Budget budget) {
        ClusterText text = analysis.text();
        TermVectors vectors = analysis.vectors();
        int[] cand = Candidates.ranked(text, scores, budget);
        int m = cand.length;
        int[] cost = new int[m];
        for (int i = 0; i < m; i++) cost[i] = budget.cost(text.sentence(cand[i]));
        double[] maxSim = new double[m];
        boolean[] out = new boolean[m]; // chosen, or ruled out for good (redundant or too long)
        List<Sentence> chosen = new ArrayList<>();
        int left = budget.limit();
        while (left > 0) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (out[i]) continue;
                if (cost[i] > left || maxSim[i] > redundancy) {
                    out[i] = true; // the budget only shrinks and maxSim only grows
                    continue;
                }
                double v = lambda * scores[cand[i]] - (1 - lambda) * maxSim[i];
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
            if (best < 0) break;
            out[best] = true;
            int id = cand[best];
            chosen.add(text.sentence(id));
            left -= cost[best];
            for (int i = 0; i < m; i++) {
                if (out[i]) continue;
                double c = vectors.cosine(id, cand[i]);
                if (c > maxSim[i]) maxSim[i] = c;
            }
        }
        return chosen;
    }
}
