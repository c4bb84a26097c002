package dev.precis.score;

import dev.precis.represent.Similarities;

import java.util.Arrays;

/**
 * PageRank by power iteration over a sparse weighted graph ({@link Similarities}: cosines for
 * LexRank, word overlaps for TextRank), the ranking step of both; the diagonal is ignored (no
 * self-votes). A node with no outgoing weight spreads its rank evenly. O(entries) per iteration.
 *
 * <p>The ranks are bit for bit those of the full matrix's row loop (the tests keep a dense
 * reference to check it), where node i adds its share to each neighbour j in turn. Each node's new
 * rank is instead gathered from its own row: a {@link Similarities} row holds the same weights
 * (the graph is symmetric) in increasing id order, so the same numbers are added in the same order,
 * while the sum stays in a register rather than going back to memory for every edge.
 */
public final class PageRank {
    /** The damping factor used by both LexRank and TextRank. */
    public static final double DAMPING = 0.85;
    /** Stop when the L1 change of the rank vector falls below this. */
    public static final double TOLERANCE = 1e-6;
    /** Hard cap on iterations; convergence normally takes 20-40. */
    public static final int MAX_ITERATIONS = 200;

    private PageRank() {
    }

    /** Stationary ranks (summing to 1) of the graph. */
    public static double[] rank(Similarities graph, double damping, double tolerance, int maxIterations) {
        int n = graph.size();
        if (n == 0) return new double[0];
        double[] out = new double[n];
        int[] diagonal = new int[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            diagonal[i] = -1;
            for (int k = graph.start(i), e = graph.end(i); k < e; k++) {
                if (graph.neighbour(k) != i) sum += graph.weight(k);
                else diagonal[i] = k;
            }
            out[i] = sum;
        }
        double[] p = new double[n];
        double[] next = new double[n];
        // A dangling node's share is 0: adding 0 to a sum that never holds -0 leaves it as it was.
        double[] share = new double[n];
        Arrays.fill(p, 1.0 / n);
        double base = (1 - damping) / n;
        for (int iter = 0; iter < maxIterations; iter++) {
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (out[i] <= 0) {
                    dangling += p[i];
                    share[i] = 0;
                } else {
                    share[i] = p[i] / out[i];
                }
            }
            double spread = base + damping * dangling / n;
            double diff = 0;
            for (int j = 0; j < n; j++) {
                double v = spread + damping * gather(graph, share, j, diagonal[j]);
                diff += Math.abs(v - p[j]);
                next[j] = v;
            }
            double[] t = p;
            p = next;
            next = t;
            if (diff < tolerance) break;
        }
        return p;
    }

    /**
     * The shares node {@code j}'s neighbours send it. Its own share is added and taken back where
     * it falls among them, as the row loop does: (x + y) - y need not be x.
     */
    private static double gather(Similarities graph, double[] share, int j, int diagonal) {
        double sum = 0;
        int e = graph.end(j);
        int k = graph.start(j);
        if (diagonal >= 0) {
            for (; k < diagonal; k++) sum += share[graph.neighbour(k)] * graph.weight(k);
            double self = share[j] * graph.weight(diagonal);
            sum += self;
            sum -= self;
            k = diagonal + 1;
        }
        for (; k < e; k++) sum += share[graph.neighbour(k)] * graph.weight(k);
        return sum;
    }

    public static double[] rank(Similarities graph) {
        return rank(graph, DAMPING, TOLERANCE, MAX_ITERATIONS);
    }
}
