package dev.precis.train;

import dev.precis.eval.Oracle;
import dev.precis.eval.Rouge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The greedy {@link Oracle} over single sentences and, optionally, pairs of the most promising
 * ones. A pair enters as one unit, its two sentences in document order; ROUGE-1.5.5 counts bigrams
 * across sentence ends, so the unit scores exactly as the two sentences taken in a row, and the
 * greedy search can take two sentences that only pay off together.
 */
final class PairOracle {

    /**
     * @param selected candidate indexes the oracle took, in the order taken (a pair's two together)
     * @param rouge1   per candidate, its ROUGE-1 recall alone
     * @param rouge2   per candidate, its ROUGE-2 recall alone
     */
    record Labels(int[] selected, double[] rouge1, double[] rouge2) {
    }

    private PairOracle() {
    }

    /**
     * @param pairs how many of the best candidates alone (ROUGE-2 + ½ ROUGE-1 recall) form pairs with
     *              each other; under 2, single sentences only
     */
    static Labels select(List<String> candidates, Rouge.Reference reference, int words, int pairs) {
        Oracle oracle = new Oracle(words);
        int m = candidates.size();
        if (pairs < 2 || m < 2) {
            Oracle.Result r = oracle.select(candidates, reference);
            return new Labels(r.selected(), r.rouge1Recall(), r.rouge2Recall());
        }
        Oracle.Result alone = oracle.select(candidates, reference);
        double[] r1 = alone.rouge1Recall(), r2 = alone.rouge2Recall();
        Integer[] byGain = new Integer[m];
        for (int i = 0; i < m; i++) byGain[i] = i;
        Arrays.sort(byGain, (a, b) -> {
            int c = Double.compare(r2[b] + 0.5 * r1[b], r2[a] + 0.5 * r1[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int top = Math.min(pairs, m);
        int[] best = new int[top];
        for (int k = 0; k < top; k++) best[k] = byGain[k];
        Arrays.sort(best);
        List<String> units = new ArrayList<>(candidates);
        List<int[]> members = new ArrayList<>();
        for (int i = 0; i < m; i++) members.add(new int[] {i});
        for (int a = 0; a < top; a++) {
            for (int b = a + 1; b < top; b++) {
                units.add(candidates.get(best[a]) + " " + candidates.get(best[b]));
                members.add(new int[] {best[a], best[b]});
            }
        }
        Oracle.Result r = oracle.select(units, reference);
        Set<Integer> taken = new LinkedHashSet<>();
        for (int u : r.selected()) for (int i : members.get(u)) taken.add(i);
        return new Labels(taken.stream().mapToInt(Integer::intValue).toArray(), r1, r2);
    }
}
