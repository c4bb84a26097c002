package dev.precis.select;

/**
 * Exact solver for the selection ILP — a 0-1 knapsack with pairwise conflicts:
 * maximise {@code sum v_i x_i} subject to {@code sum c_i x_i <= limit} and
 * {@code x_i + x_j <= 1} for conflicting pairs. Depth-first branch and bound over the items in
 * value-per-cost order, bounded by the fractional knapsack of the items still allowed (those not
 * in conflict with a chosen one). Starts from an incumbent (the greedy answer), so it never returns
 * anything worse; a node limit keeps the worst case bounded, and {@link #optimal()} tells whether
 * the search finished. Dozens of items solve in well under a millisecond.
 */
final class BranchAndBound {
    private final int m;
    private final double[] value;
    private final int[] cost;
    private final boolean[] conflict;
    private final int[] order;     // items by value / cost, best first
    private final int[] blocked;   // number of chosen items each item conflicts with
    private final boolean[] x;
    private boolean[] best;
    private double bestValue;
    private long nodes;
    private final long nodeLimit;
    private boolean complete = true;

    BranchAndBound(double[] value, int[] cost, boolean[] conflict, long nodeLimit) {
        this.m = value.length;
        this.value = value;
        this.cost = cost;
        this.conflict = conflict;
        this.nodeLimit = nodeLimit;
        double[] ratio = new double[m];
        for (int i = 0; i < m; i++) ratio[i] = value[i] / Math.max(1, cost[i]);
        this.order = new int[m];
        for (int i = 0; i < m; i++) order[i] = i;
        Candidates.sortByScoreDescending(order, ratio);
        this.blocked = new int[m];
        this.x = new boolean[m];
    }

    /** Solves from the given feasible incumbent; returns the best selection found. */
    boolean[] solve(boolean[] incumbent, int limit) {
        best = incumbent.clone();
        bestValue = 0;
        for (int i = 0; i < m; i++) if (best[i]) bestValue += value[i];
        search(0, limit, 0);
        return best;
    }

    /** Whether the last {@link #solve} proved its answer optimal (did not hit the node limit). */
    boolean optimal() {
        return complete;
    }

    long nodes() {
        return nodes;
    }

    private void search(int depth, int left, double current) {
        if (++nodes > nodeLimit) {
            complete = false;
            return;
        }
        if (current > bestValue + 1e-12) {
            bestValue = current;
            best = x.clone();
        }
        if (depth == m || bound(depth, left, current) <= bestValue + 1e-12) return;
        int item = order[depth];
        if (blocked[item] == 0 && cost[item] <= left) {
            x[item] = true;
            for (int j = 0; j < m; j++) if (conflict[item * m + j]) blocked[j]++;
            search(depth + 1, left - cost[item], current + value[item]);
            for (int j = 0; j < m; j++) if (conflict[item * m + j]) blocked[j]--;
            x[item] = false;
            if (!complete) return;
        }
        search(depth + 1, left, current);
    }

    /** Fractional knapsack over the undecided items that are still allowed. */
    private double bound(int depth, int left, double current) {
        double b = current;
        for (int k = depth; k < m && left > 0; k++) {
            int item = order[k];
            if (blocked[item] > 0 || value[item] <= 0) continue;
            if (cost[item] <= left) {
                b += value[item];
                left -= cost[item];
            } else {
                b += value[item] * left / cost[item];
                left = 0;
            }
        }
        return b;
    }
}
