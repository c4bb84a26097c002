package dev.precis.represent;

/** The full n×n cosine matrix as the pipeline computed it before it went sparse: the reference the sparse rows must match bit for bit. */
public final class DenseCosines {
    private DenseCosines() {
    }

    public static double[] of(TermVectors v) {
        int n = v.size();
        double[] m = new double[n * n];
        double[] dense = new double[v.vocabularySize()];
        for (int a = 0; a < n; a++) {
            int[] ta = v.termIds(a);
            double[] wa = v.weights(a);
            for (int k = 0; k < ta.length; k++) dense[ta[k]] = wa[k];
            m[a * n + a] = ta.length == 0 ? 0 : 1;
            for (int b = a + 1; b < n; b++) {
                int[] tb = v.termIds(b);
                double[] wb = v.weights(b);
                double dot = 0;
                for (int k = 0; k < tb.length; k++) dot += wb[k] * dense[tb[k]];
                m[a * n + b] = dot;
                m[b * n + a] = dot;
            }
            for (int t : ta) dense[t] = 0;
        }
        return m;
    }
}
