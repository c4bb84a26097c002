package dev.precis.select;

import dev.precis.analysis.ClusterAnalysis;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact selection by integer linear programming (after McDonald 2007):
 *
 * <pre>
 *   maximise   sum_i score_i x_i
 *   subject to sum_i cost_i x_i &lt;= budget
 *              x_i + x_j &lt;= 1   for every pair with cosine(i, j) &gt; redundancy
 *              x_i in {0, 1}
 * </pre>
 *
 * Only the best {@code maxCandidates} eligible sentences by score enter the model. Two exact
 * solvers are available: {@link Solver#BRANCH_AND_BOUND}, a small dedicated branch and bound for
 * this knapsack-with-conflicts (the default: well under a millisecond for 40 candidates), and
 * {@link Solver#OJALGO}, the general MIP solver of ojAlgo (pair constraints merged into clique
 * constraints), kept as an independent check; on Multi-News clusters it takes 25-50 ms per cluster
 * and sometimes more, too slow for the default. Both are bounded (node limit, time limit). The
 * selector also computes the greedy solution on the same candidates (best score first, skipping
 * what does not fit or repeats a chosen sentence) and returns whichever has the higher objective:
 * the result is never worse than greedy, and a solver failure or timeout degrades to greedy, not
 * to an error.
 */
public final class IlpSelector implements Selector {
    public static final String NAME = "ilp";
    public static final int DEFAULT_MAX_CANDIDATES = 40;
    public static final long DEFAULT_TIME_LIMIT_MS = 200;
    public static final double DEFAULT_REDUNDANCY = MmrSelector.DEFAULT_REDUNDANCY;
    /** Branch-and-bound nodes before giving up on proving optimality (a few ms at worst). */
    static final long NODE_LIMIT = 100_000;

    /** Which exact solver runs the model. */
    public enum Solver { BRANCH_AND_BOUND, OJALGO }

    private final int maxCandidates;
    private final long timeLimitMillis;
    private final double redundancy;
    private final Solver solver;

    public IlpSelector() {
        this(DEFAULT_MAX_CANDIDATES, DEFAULT_TIME_LIMIT_MS, DEFAULT_REDUNDANCY, Solver.BRANCH_AND_BOUND);
    }

    public IlpSelector(int maxCandidates, long timeLimitMillis, double redundancy) {
        this(maxCandidates, timeLimitMillis, redundancy, Solver.BRANCH_AND_BOUND);
    }

    /**
     * @param maxCandidates   how many of the best-scored eligible sentences enter the model
     * @param timeLimitMillis time box of the ojAlgo solver (the branch and bound has a node limit)
     * @param redundancy      cosine above which two sentences may not both be chosen
     * @param solver          which exact solver to use
     */
    public IlpSelector(int maxCandidates, long timeLimitMillis, double redundancy, Solver solver) {
        if (maxCandidates < 1) throw new IllegalArgumentException("maxCandidates must be >= 1, got " + maxCandidates);
        if (timeLimitMillis < 1) throw new IllegalArgumentException("time limit must be >= 1 ms, got " + timeLimitMillis);
        if (!(redundancy > 0 && redundancy <= 1)) throw new IllegalArgumentException("redundancy must be in (0, 1], got " + redundancy);
        this.maxCandidates = maxCandidates;
        this.timeLimitMillis = timeLimitMillis;
        this.redundancy = redundancy;
        this.solver = java.util.Objects.requireNonNull(solver, "solver");
    }

    public Solver solver() { return solver; }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Sentence> select(ClusterAnalysis analysis, double[] scores, Budget budget) {
        ClusterText text = analysis.text();
        TermVectors vectors = analysis.vectors();
        int[] ranked = Candidates.ranked(analysis, scores, budget);
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
        boolean[] exact;
        if (solver == Solver.OJALGO) {
            exact = solveWithOjAlgo(cand, cost, conflict, scores, budget.limit());
        } else {
            double[] value = new double[m];
            for (int i = 0; i < m; i++) value[i] = Math.max(0, scores[cand[i]]);
            exact = new BranchAndBound(value, cost, conflict, NODE_LIMIT).solve(greedy, budget.limit());
        }
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
    private boolean[] solveWithOjAlgo(int[] cand, int[] cost, boolean[] conflict, double[] scores, int limit) {
        int m = cand.length;
        try {
            Optimisation.Options options = new Optimisation.Options();
            options.time_abort = timeLimitMillis;
            options.time_suffice = Math.max(1, timeLimitMillis / 2);
            options.integer(IntegerStrategy.DEFAULT.withParallelism(() -> 1));
            ExpressionsBasedModel model = new ExpressionsBasedModel(options);
            Variable[] x = new Variable[m];
            for (int i = 0; i < m; i++) {
                // A tiny positive floor keeps zero-score candidates from being arbitrary ties.
                x[i] = model.addVariable("x" + i).binary().weight(Math.max(scores[cand[i]], 0) + 1e-6);
            }
            Expression length = model.addExpression("budget").upper(limit);
            for (int i = 0; i < m; i++) length.set(x[i], cost[i]);
            int c = 0;
            for (int[] clique : cliques(conflict, m)) {
                Expression e = model.addExpression("r" + c++).upper(1);
                for (int i : clique) e.set(x[i], 1);
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

    /**
     * Covers every conflicting pair with cliques of the conflict graph: one constraint
     * {@code sum x_i <= 1} per clique replaces all its pairs and gives a tighter relaxation.
     * Greedy: each uncovered edge seeds a clique that grows by every vertex adjacent to all members.
     */
    static List<int[]> cliques(boolean[] conflict, int m) {
        boolean[] covered = new boolean[m * m];
        List<int[]> out = new ArrayList<>();
        int[] members = new int[m];
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                if (!conflict[i * m + j] || covered[i * m + j]) continue;
                int size = 0;
                members[size++] = i;
                members[size++] = j;
                for (int k = 0; k < m; k++) {
                    if (k == i || k == j) continue;
                    boolean all = true;
                    for (int q = 0; q < size && all; q++) all = conflict[k * m + members[q]];
                    if (all) members[size++] = k;
                }
                for (int a = 0; a < size; a++) {
                    for (int b = 0; b < size; b++) covered[members[a] * m + members[b]] = true;
                }
                out.add(java.util.Arrays.copyOf(members, size));
            }
        }
        return out;
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
