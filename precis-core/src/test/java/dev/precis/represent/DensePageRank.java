package dev.precis.represent;

import java.util.Arrays;

/**
 * PageRank over a full row-major n×n matrix, as the pipeline ranked before its graphs went sparse:
 * the reference the sparse ranking must match bit for bit.
 */
public final class DensePageRank {
    private DensePageRank() {
    }

    public static double[] rank(double[] weights, int n, double damping, double tolerance, int maxIterations) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) if (j != i) sum += weights[i * n + j];
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
                for (int j = 0; j < n; j++) next[j] += share * weights[i * n + j];
                next[i] -= share * weights[i * n + i];
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

    /** TextRank's dense edge matrix: shared terms over the sum of log term counts, no diagonal. */
    public static double[] textRankEdges(TermVectors v, double[] logLength) {
        int n = v.size();
        double[] w = new double[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double denominator = logLength[a] + logLength[b];
                if (denominator <= 0) continue;
                int overlap = 0;
                for (int ta : v.termIds(a)) for (int tb : v.termIds(b)) if (ta == tb) overlap++;
                if (overlap == 0) continue;
                w[a * n + b] = overlap / denominator;
                w[b * n + a] = overlap / denominator;
            }
        }
        return w;
    }
}
