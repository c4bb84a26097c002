package dev.precis.select;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact selection by integer linear programming (after McDonald 2007), solved with ojAlgo:
 *
 * <pre>
 *   maximise   sum_i score_i x_i
 *   subject to sum_i cost_i x_i &lt;= budget
 *              x_i + x_j &lt;= 1   for every pair with cosine(i, j) &gt; redundancy
 *              x_i in {0, 1}
 * </pre>
 *
 * Only the best {@code maxCandidates} eligible sentences by score enter the model, which keeps it
 * small enough to solve in milliseconds. The solver is time-boxed; the selector also computes the
 * greedy solution on the same candidates (best score first, skipping what does not fit or repeats
 * a chosen sentence) and returns whichever has the higher objective, so the result is never worse
 * than greedy and a solver failure or timeout degrades to greedy, not to an error.
 */
public final class IlpSelector implements Selector {
    public static final String NAME = "ilp";
    public static final int DEFAULT_MAX_CANDIDATES = 40;
    public static final long DEFAULT_TIME_LIMIT_MS = 200;
    public static final double DEFAULT_REDUNDANCY = MmrSelector.DEFAULT_REDUNDANCY;

    private final int maxCandidates;
    private final long timeLimitMillis;
    private final double redundancy;

    public IlpSelector() {
        this(DEFAULT_MAX_CANDIDATES, DEFAULT_TIME_LIMIT_MS, DEFAULT_REDUNDANCY);
    }

    public IlpSelector(int maxCandidates, long timeLimitMillis, double redundancy) {
        if (maxCandidates < 1) throw new IllegalArgumentException("maxCandidates must be >= 1, got " + maxCandidates);
        if (timeLimitMillis < 1) throw new IllegalArgumentException("time limit must be >= 1 ms, got " + timeLimitMillis);
        if (!(redundancy > 0 && redundancy <= 1)) throw new IllegalArgumentException("redundancy must be in (0, 1], got " + redundancy);
        this.maxCandidates = maxCandidates;
        this.timeLimitMillis = timeLimitMillis;
        this.redundancy = redundancy;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Sentence> select(ClusterText text, TermVectors vectors, double[] scores, Budget budget) {
        int[] ranked = Candidates.ranked(text, scores, budget);
        int m = Math.min(ranked.length, maxCandidates);
        if (m == 0) return List.of();
        int[] cand = java.util.Arrays.copyOf(ranked, m);
        int[] cost = new int[m];
        for (int i = 0; i < m; i++) cost[i] = budget.cost(text.sentence(cand[i]));
        boolean[] conflict = new boolean[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                if (vectors.cosine(cand[i], cand[j]) > redundancy) {
                    conflict[i * m + j] = true;
                    conflict[j * m + i] = true;
                }
            }
        }
        boolean[] greedy = greedy(cand, cost, conflict, budget.limit());
        boolean[] best = greedy;
        boolean[] exact = solve(cand, cost, conflict, scores, budget.limit());
        if (exact != null && feasible(exact, cost, conflict, budget.limit())
                && objective(exact, cand, scores) > objective(greedy, cand, scores) + 1e-9) {
            best = exact;
        }
        List<Sentence> chosen = new ArrayList<>();
        for (int i = 0; i < m; i++) if (best[i]) chosen.add(text.sentence(cand[i]));
        return chosen;
    }

    /** Best score first; a candidate that does not fit or conflicts with a chosen one is skipped. */
    static boolean[] greedy(int[] cand, int[] cost, boolean[] conflict, int limit) {
        int m = cand.length;
        boolean[] x = new boolean[m];
        int left = limit;
        for (int i = 0; i < m; i++) { // cand is already in score order
            if (cost[i] > left) continue;
            boolean ok = true;
            for (int j = 0; j < m && ok; j++) if (x[j] && conflict[i * m + j]) ok = false;
            if (!ok) continue;
            x[i] = true;
            left -= cost[i];
        }
        return x;
    }

    /** The ILP solution, or null when the solver fails or finds nothing feasible in time. */
    private boolean[] solve(int[] cand, int[] cost, boolean[] conflict, double[] scores, int limit) {
        int m = cand.length;
        try {
            Optimisation.Options options = new Optimisation.Options();
            options.time_abort = timeLimitMillis;
            options.time_suffice = Math.max(1, timeLimitMillis / 2);
            ExpressionsBasedModel model = new ExpressionsBasedModel(options);
            Variable[] x = new Variable[m];
            for (int i = 0; i < m; i++) {
                // A tiny positive floor keeps zero-score candidates from being arbitrary ties.
                x[i] = model.addVariable("x" + i).binary().weight(Math.max(scores[cand[i]], 0) + 1e-6);
            }
            Expression length = model.addExpression("budget").upper(limit);
            for (int i = 0; i < m; i++) length.set(x[i], cost[i]);
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    if (!conflict[i * m + j]) continue;
                    Expression pair = model.addExpression("r" + i + "_" + j).upper(1);
                    pair.set(x[i], 1);
                    pair.set(x[j], 1);
                }
            }
            Optimisation.Result result = model.maximise();
            if (!result.getState().isFeasible()) return null;
            boolean[] chosen = new boolean[m];
            for (int i = 0; i < m; i++) chosen[i] = result.doubleValue(i) > 0.5;
            return chosen;
        } catch (RuntimeException e) {
            return null; // solver trouble: the greedy answer stands
        }
    }

    static boolean feasible(boolean[] x, int[] cost, boolean[] conflict, int limit) {
        int m = x.length, total = 0;
        for (int i = 0; i < m; i++) {
            if (!x[i]) continue;
            total += cost[i];
            for (int j = i + 1; j < m; j++) if (x[j] && conflict[i * m + j]) return false;
        }
        return total <= limit;
    }

    static double objective(boolean[] x, int[] cand, double[] scores) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) if (x[i]) sum += scores[cand[i]];
        return sum;
    }
}
