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
 * passed over, not the end of the search: the budget is filled as far as it can be. A sentence that
 * {@link Leaning leans} on the one before it is taken only after it, or together with it when the
 * pair fits; one that leans on nothing a summary can give is never taken.
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
        int[] slot = new int[text.size()]; // sentence id -> candidate index, or -1
        java.util.Arrays.fill(slot, -1);
        for (int i = 0; i < m; i++) slot[cand[i]] = i;
        int[] leans = new int[m]; // candidate index leaned on, ALONE, or NEVER
        for (int i = 0; i < m; i++) {
            int on = Leaning.on(text, text.sentence(cand[i]));
            leans[i] = on < 0 ? on : slot[on] >= 0 ? slot[on] : Leaning.NEVER;
        }
        double[] maxSim = new double[m];
        boolean[] chosenMark = new boolean[m];
        boolean[] out = new boolean[m]; // chosen, or ruled out for good (redundant, too long, nothing to lean on)
        List<Sentence> chosen = new ArrayList<>();
        int left = budget.limit();
        while (left > 0) {
            int best = -1, bestWith = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (out[i]) continue;
                if (cost[i] > left || maxSim[i] > redundancy || leans[i] == Leaning.NEVER) {
                    out[i] = true; // the budget only shrinks and maxSim only grows
                    continue;
                }
                double v = lambda * scores[cand[i]] - (1 - lambda) * maxSim[i];
                int with = -1;
                int p = leans[i];
                if (p >= 0 && !chosenMark[p] && Leaning.support(text, text.sentence(cand[i]), id -> slot[id] >= 0 && chosenMark[slot[id]]) < 0) {
                    // Without support in the summary it is taken only together with what it leans on.
                    if (out[p] || leans[p] != Leaning.ALONE || cost[p] + cost[i] > left || maxSim[p] > redundancy) continue;
                    with = p;
                }
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                    bestWith = with;
                }
            }
            if (best < 0) break;
            if (bestWith >= 0) left -= take(bestWith, text, vectors, cand, cost, chosen, chosenMark, out, maxSim);
            left -= take(best, text, vectors, cand, cost, chosen, chosenMark, out, maxSim);
        }
        return chosen;
    }

    private static int take(int k, ClusterText text, TermVectors vectors, int[] cand, int[] cost, List<Sentence> chosen,
                            boolean[] chosenMark, boolean[] out, double[] maxSim) {
        out[k] = true;
        chosenMark[k] = true;
        int id = cand[k];
        chosen.add(text.sentence(id));
        for (int i = 0; i < cand.length; i++) {
            if (out[i]) continue;
            double c = vectors.cosine(id, cand[i]);
            if (c > maxSim[i]) maxSim[i] = c;
        }
        return cost[k];
    }
}
