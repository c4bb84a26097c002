package dev.precis.score;

import dev.precis.represent.Similarities;

import java.util.Arrays;

/**
 * PageRank by power iteration over a sparse weighted graph ({@link Similarities}: cosines for
 * LexRank, word overlaps for TextRank), the ranking step of both; the diagonal is ignored (no
 * self-votes). A node with no outgoing weight spreads its rank evenly. The non-zero weights are
 * added in a dense row loop's order, so the ranks are bit for bit those of the full matrix (the
 * tests keep a dense reference to check it). O(entries) per iteration.
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
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = graph.start(i), e = graph.end(i); k < e; k++) if (graph.neighbour(k) != i) sum += graph.weight(k);
            out[i] = sum;
        }
        double[] p = new double[n];
        double[] next = new double[n];
        Arrays.fill(p, 1.0 / n);
        double base = (1 - damping) / n;
        for (int iter = 0; iter < maxIterations; iter++) {
            double dangling = 0;
            Arrays.fill(next, 0);
            for (int i = 0; i < n; i++) {
                if (out[i] <= 0) {
                    dangling += p[i];
                    continue;
                }
                double share = p[i] / out[i];
                double self = 0;
                for (int k = graph.start(i), e = graph.end(i); k < e; k++) {
                    int j = graph.neighbour(k);
                    next[j] += share * graph.weight(k);
                    if (j == i) self = graph.weight(k);
                }
                // Added and taken back, as the dense loop does: (x + y) - y need not be x.
                next[i] -= share * self;
            }
            double spread = base + damping * dangling / n;
            double diff = 0;
            for (int j = 0; j < n; j++) {
                double v = spread + damping * next[j];
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

    public static double[] rank(Similarities graph) {
        return rank(graph, DAMPING, TOLERANCE, MAX_ITERATIONS);
    }
}
