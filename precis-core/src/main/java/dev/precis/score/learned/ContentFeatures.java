package dev.precis.score.learned;

import dev.precis.represent.TermVectors;

import java.util.Arrays;

/** How much of the cluster's vocabulary a sentence's terms carry: top terms, weight, rarity, spread. */
final class ContentFeatures implements FeatureGroup {
    /** How many terms count as the cluster's top terms. */
    static final int TOP = 20;

    private final TermVectors vectors;
    private final int contributing;
    private final boolean[] isTop;
    /** Sentences each term occurs in. */
    private final int[] termFrequency;
    /** Articles each term occurs in. */
    private final int[] termArticles;

    ContentFeatures(ClusterCounts counts, TermVectors vectors) {
        this.vectors = vectors;
        this.contributing = counts.contributing;
        int vocabulary = vectors.vocabularySize();
        isTop = new boolean[vocabulary];
        for (int t : topTerms(vectors, TOP)) isTop[t] = true;
        termFrequency = new int[vocabulary];
        termArticles = new int[vocabulary];
        int[] lastArticle = new int[vocabulary];
        Arrays.fill(lastArticle, -1);
        for (int i = 0; i < counts.size; i++) {
            int a = counts.sentences.get(i).article();
            for (int t : vectors.termIds(i)) {
                termFrequency[t]++;
                if (lastArticle[t] != a) {
                    lastArticle[t] = a;
                    termArticles[t]++;
                }
            }
        }
    }

    @Override
    public void fill(int i, double[] m, int row) {
        int[] terms = vectors.termIds(i);
        int topCount = 0;
        double mass = 0, idfSum = 0, freqSum = 0, spreadSum = 0;
        for (int t : terms) {
            if (isTop[t]) topCount++;
            mass += vectors.centroidWeight(t);
            idfSum += vectors.idf(t);
            freqSum += Math.log(termFrequency[t]);
            spreadSum += contributing <= 1 ? 1 : (double) (termArticles[t] - 1) / (contributing - 1);
        }
        int tl = Math.max(1, terms.length);
        m[row + Features.TOP_TERMS] = topCount;
        m[row + Features.TOP_TERMS_SHARE] = (double) topCount / tl;
        m[row + Features.CENTROID_MASS] = mass;
        m[row + Features.MEAN_IDF] = terms.length == 0 ? 0 : idfSum / tl;
        m[row + Features.CLUSTER_FREQUENCY] = terms.length == 0 ? 0 : freqSum / tl;
        m[row + Features.ARTICLE_SPREAD] = terms.length == 0 ? 0 : spreadSum / tl;
    }

    /** Ids of the {@code k} terms with the largest centroid weight (ties by lower id), in id order. */
    static int[] topTerms(TermVectors vectors, int k) {
        int v = vectors.vocabularySize();
        int m = Math.min(k, v);
        if (m == 0) return new int[0];
        double[] w = new double[v];
        for (int t = 0; t < v; t++) w[t] = vectors.centroidWeight(t);
        double[] sorted = w.clone();
        Arrays.sort(sorted);
        double kth = sorted[v - m];
        int[] out = new int[m];
        int c = 0;
        for (int t = 0; t < v && c < m; t++) if (w[t] > kth) out[c++] = t;
        for (int t = 0; t < v && c < m; t++) if (w[t] == kth) out[c++] = t;
        Arrays.sort(out);
        return out;
    }
}
