package dev.precis.represent;


import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of the cluster's sentences over their stemmed terms. Sentences act as the
 * documents for IDF: in a cluster of a few articles, sentence-level rarity is what separates a
 * specific fact from the story's common vocabulary. Vectors are sparse, sorted by term id and
 * L2-normalised, so a dot product is a cosine.
 */
public final class TermVectors {
    private final Map<String, Integer> ids;
    private final double[] idf;
    private final int[][] termIds;
    private final double[][] weights;
    private final double[] centroid;

    private TermVectors(Map<String, Integer> ids, double[] idf, int[][] termIds, double[][] weights) {
        this.ids = ids;
        this.idf = idf;
        this.termIds = termIds;
        this.weights = weights;
        this.centroid = new double[idf.length];
        for (int s = 0; s < termIds.length; s++) {
            for (int k = 0; k < termIds[s].length; k++) centroid[termIds[s][k]] += weights[s][k];
        }
        normalise(centroid);
    }

    /**
     * Each loop of the build is a method of its own: a loop that runs once per summary is compiled
     * by on-stack replacement, and each such compilation of one big method recompiles all of it.
     */
    public static TermVectors of(ClusterText text) {
        List<Sentence> sentences = text.sentences();
        Counted counted = new Counted(sentences.size());
        for (Sentence s : sentences) counted.add(s);
        double[] idf = counted.idf();
        double[][] weights = new double[sentences.size()][];
        for (int s = 0; s < weights.length; s++) weights[s] = weights(counted.termIds[s], counted.counts[s], idf);
        return new TermVectors(Map.copyOf(counted.ids), idf, counted.termIds, weights);
    }

    /** Each sentence's distinct term ids, sorted, with their counts, and each term's sentence count. */
    private static final class Counted {
        final Map<String, Integer> ids = new HashMap<>();
        final int[][] termIds;
        final int[][] counts;
        private int[] df = new int[64];
        private int[] buffer = new int[32];

        Counted(int sentences) {
            termIds = new int[sentences][];
            counts = new int[sentences][];
        }

        void add(Sentence s) {
            List<String> terms = s.terms();
            int m = terms.size();
            if (buffer.length < m) buffer = new int[Math.max(m, buffer.length * 2)];
            for (int k = 0; k < m; k++) {
                Integer id = ids.get(terms.get(k));
                if (id == null) {
                    id = ids.size();
                    ids.put(terms.get(k), id);
                }
                buffer[k] = id;
            }
            Arrays.sort(buffer, 0, m);
            int distinct = 0;
            for (int k = 0; k < m; k++) if (k == 0 || buffer[k] != buffer[k - 1]) distinct++;
            int[] keys = new int[distinct];
            int[] c = new int[distinct];
            int d = -1;
            for (int k = 0; k < m; k++) {
                if (k == 0 || buffer[k] != buffer[k - 1]) keys[++d] = buffer[k];
                c[d]++;
            }
            for (int key : keys) {
                if (key >= df.length) df = Arrays.copyOf(df, Math.max(df.length * 2, key + 1));
                df[key]++;
            }
            termIds[s.id()] = keys;
            counts[s.id()] = c;
        }

        double[] idf() {
            int n = Math.max(1, termIds.length);
            double[] idf = new double[ids.size()];
            for (int t = 0; t < idf.length; t++) idf[t] = Math.log((double) (n + 1) / (df[t] + 1)) + 1.0;
            return idf;
        }
    }

    private static double[] weights(int[] termIds, int[] counts, double[] idf) {
        double[] w = new double[termIds.length];
        for (int k = 0; k < w.length; k++) w[k] = (1 + Math.log(counts[k])) * idf[termIds[k]];
        normaliseSparse(w);
        return w;
    }

    /** Cosine similarity of two sentences. */
    public double cosine(int a, int b) {
        int[] ta = termIds[a], tb = termIds[b];
        double[] wa = weights[a], wb = weights[b];
        double dot = 0;
        int i = 0, j = 0;
        while (i < ta.length && j < tb.length) {
            if (ta[i] == tb[j]) dot += wa[i++] * wb[j++];
            else if (ta[i] < tb[j]) i++;
            else j++;
        }
        return dot;
    }

    /** Cosine similarity of a sentence with the cluster centroid (the normalised sum of all sentence vectors). */
    public double centroidSimilarity(int s) {
        double dot = 0;
        for (int k = 0; k < termIds[s].length; k++) dot += weights[s][k] * centroid[termIds[s][k]];
        return dot;
    }

    public int size() { return termIds.length; }
    public int vocabularySize() { return idf.length; }
    public int[] termIds(int s) { return termIds[s]; }
    public double[] weights(int s) { return weights[s]; }
    public double idf(int term) { return idf[term]; }
    public double centroidWeight(int term) { return centroid[term]; }

    /** Id of a stemmed term, or -1 when the cluster does not contain it. */
    public int termId(String term) {
        return ids.getOrDefault(term, -1);
    }

    private static void normalise(double[] v) {
        double norm = 0;
        for (double x : v) norm += x * x;
        if (norm == 0) return;
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) v[i] /= norm;
    }

    private static void normaliseSparse(double[] v) {
        normalise(v);
    }
}
