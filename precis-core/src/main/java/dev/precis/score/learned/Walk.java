package dev.precis.score.learned;

/**
 * The trees of a {@link TreeEnsemble} laid out for walking four rows at once, for models where no
 * node treats a value as missing. A row's walk down a tree is a chain of dependent loads (node,
 * feature, value, child), so one row at a time leaves the processor waiting at every step; four
 * independent walks fill that wait. Each leaf is a node whose two children are itself, so a row
 * that reaches a leaf stays there while the others go on, and the walk ends when all four rows are
 * at leaves. Scores are summed tree by tree in the model's order, as the plain walk sums them, so
 * they are the same to the last bit.
 */
final class Walk {
    /** Rows walked together: enough independent chains to hide a step's latency. */
    private static final int ROWS = 4;

    private final int[] roots;     // per tree: its root node
    private final int[] leavesAt;  // per tree: its first leaf; a tree's nodes from there on are leaves
    private final int[] feature;   // per node (0 for a leaf: it reads a value and stays whatever it is)
    private final double[] threshold;
    private final int[] children;  // per node: left child, then right child
    private final double[] value;  // per node: the leaf value (0 for an inner node)

    /**
     * From {@link TreeEnsemble}'s arrays: tree t's inner nodes are {@code [innerStart[t],
     * innerStart[t+1])} and its leaves {@code [leafStart[t], leafStart[t+1])}; a child is an inner
     * node's index or {@code ~leaf}.
     */
    Walk(int[] innerStart, int[] leafStart, int[] innerFeature, double[] innerThreshold, int[] left, int[] right,
         double[] leafValue) {
        int trees = innerStart.length - 1;
        int nodes = innerFeature.length + leafValue.length;
        roots = new int[trees];
        leavesAt = new int[trees];
        feature = new int[nodes];
        threshold = new double[nodes];
        children = new int[2 * nodes];
        value = new double[nodes];
        // Each tree's nodes stay together, its inner nodes first: inner node i of tree t becomes
        // i + leafStart[t] and leaf l becomes l + innerStart[t + 1].
        for (int t = 0; t < trees; t++) {
            int innerShift = leafStart[t], leafShift = innerStart[t + 1];
            roots[t] = innerStart[t] + innerShift;
            leavesAt[t] = innerStart[t + 1] + innerShift;
            for (int i = innerStart[t]; i < innerStart[t + 1]; i++) {
                int node = i + innerShift;
                feature[node] = innerFeature[i];
                threshold[node] = innerThreshold[i] == 0 ? 0 : innerThreshold[i]; // -0 would read as below +0
                children[2 * node] = left[i] >= 0 ? left[i] + innerShift : ~left[i] + leafShift;
                children[2 * node + 1] = right[i] >= 0 ? right[i] + innerShift : ~right[i] + leafShift;
            }
            for (int l = leafStart[t]; l < leafStart[t + 1]; l++) {
                int node = l + leafShift;
                children[2 * node] = children[2 * node + 1] = node;
                value[node] = leafValue[l];
            }
        }
    }

    /** Whether every threshold is finite: {@link #right} needs it. */
    static boolean fits(double[] thresholds) {
        for (double t : thresholds) if (!Double.isFinite(t)) return false;
        return true;
    }

    /**
     * Adds every tree's leaf value to {@code out[r]} for each of the {@code n} rows of {@code f}
     * values in {@code x} (none NaN or -0), where a value goes left when it is at most the node's threshold.
     */
    void add(double[] x, int n, int f, double[] out) {
        // Trees outside, rows inside: one tree's nodes stay in cache while every row walks it.
        for (int t = 0; t < roots.length; t++) {
            int root = roots[t], leaves = leavesAt[t];
            int r = 0;
            for (; r + ROWS <= n; r += ROWS) {
                int b0 = r * f, b1 = b0 + f, b2 = b1 + f, b3 = b2 + f;
                int n0 = root, n1 = root, n2 = root, n3 = root;
                while (n0 < leaves || n1 < leaves || n2 < leaves || n3 < leaves) {
                    n0 = step(n0, x[b0 + feature[n0]]);
                    n1 = step(n1, x[b1 + feature[n1]]);
                    n2 = step(n2, x[b2 + feature[n2]]);
                    n3 = step(n3, x[b3 + feature[n3]]);
                }
                out[r] += value[n0];
                out[r + 1] += value[n1];
                out[r + 2] += value[n2];
                out[r + 3] += value[n3];
            }
            for (; r < n; r++) {
                int node = root, base = r * f;
                while (node < leaves) node = step(node, x[base + feature[node]]);
                out[r] += value[node];
            }
        }
    }

    private int step(int node, double v) {
        return children[2 * node + right(v, threshold[node])];
    }

    /**
     * 1 when {@code v} goes right ({@code v > t}), else 0, from the sign of {@code t - v} rather than
     * a branch the processor would guess wrong half the time. Exact for a finite {@code t} that is
     * not -0 and a {@code v} that is not NaN or -0: the difference is zero only when the two are
     * equal, and rounding never changes its sign.
     */
    static int right(double v, double t) {
        return (int) (Double.doubleToRawLongBits(t - v) >>> 63);
    }
}
