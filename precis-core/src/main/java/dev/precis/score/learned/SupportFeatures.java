package dev.precis.score.learned;

import dev.precis.model.Sentence;
import dev.precis.represent.Similarities;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * How far other articles carry a sentence: its best similarity in each other article, and the
 * share of its word bigrams that other articles use too.
 */
final class SupportFeatures implements FeatureGroup {
    private final ClusterCounts counts;
    private final double[] bigramSupport;
    private final double[] bigramFrequency;
    /** Scratch: the sentence's best similarity in each article, zero outside the articles it reaches. */
    private final double[] otherMax;
    /** Scratch: the other articles the sentence reaches, in the order first reached. */
    private final int[] reached;
    /** Article of each sentence, read for every neighbour of every sentence. */
    private final int[] articleOf;
    /** Articles with at least one sentence. */
    private final int withSentences;

    SupportFeatures(ClusterCounts counts) {
        this.counts = counts;
        double[][] bigrams = bigramStats(counts.sentences, counts.lower);
        bigramSupport = bigrams[0];
        bigramFrequency = bigrams[1];
        otherMax = new double[counts.articles];
        reached = new int[counts.articles];
        articleOf = new int[counts.size];
        for (int i = 0; i < counts.size; i++) articleOf[i] = counts.sentences.get(i).article();
        int with = 0;
        for (int b = 0; b < counts.articles; b++) if (counts.articleSentences[b] > 0) with++;
        withSentences = with;
    }

    @Override
    public void fill(int i, double[] m, int row) {
        Similarities sim = counts.similarity;
        int a = counts.sentences.get(i).article();
        double sameMax = 0;
        int count = 0;
        for (int e = sim.start(i), end = sim.end(i); e < end; e++) {
            int j = sim.neighbour(e);
            if (j == i) continue;
            double c = sim.weight(e);
            int b = articleOf[j];
            if (b == a) {
                if (c > sameMax) sameMax = c;
            } else if (c > otherMax[b]) {
                if (otherMax[b] == 0) reached[count++] = b;
                otherMax[b] = c;
            }
        }
        // An article the sentence does not reach adds 0 to each sum and count; the others are added in
        // article order, so the sums are the same as over every article.
        Arrays.sort(reached, 0, count);
        int others = withSentences - 1;
        double supportMax = 0, supportSum = 0;
        int over20 = 0, over35 = 0, over50 = 0;
        for (int r = 0; r < count; r++) {
            int b = reached[r];
            double c = otherMax[b];
            otherMax[b] = 0;
            supportSum += c;
            if (c > supportMax) supportMax = c;
            if (c > 0.2) over20++;
            if (c > 0.35) over35++;
            if (c > 0.5) over50++;
        }
        m[row + Features.SUPPORT_MAX] = supportMax;
        m[row + Features.SUPPORT_MEAN] = others == 0 ? 0 : supportSum / others;
        m[row + Features.SUPPORT_20] = others == 0 ? 0 : (double) over20 / others;
        m[row + Features.SUPPORT_35] = others == 0 ? 0 : (double) over35 / others;
        m[row + Features.SUPPORT_50] = others == 0 ? 0 : (double) over50 / others;
        m[row + Features.SAME_ARTICLE_MAX] = sameMax;
        m[row + Features.BIGRAM_SUPPORT] = bigramSupport[i];
        m[row + Features.BIGRAM_FREQUENCY] = bigramFrequency[i];
    }

    /**
     * Per sentence: the share of its word bigrams (lower-cased) that also occur in another article,
     * and their mean log count in the cluster. Facts that several outlets word alike are what a
     * reference repeats, bigram for bigram.
     */
    static double[][] bigramStats(List<Sentence> sentences, String[][] lower) {
        int n = sentences.size();
        HashMap<String, Integer> ids = new HashMap<>();
        long[][] keys = new long[n][];
        int total = 0;
        for (int i = 0; i < n; i++) {
            String[] w = lower[i];
            int prev = -1;
            long[] k = new long[Math.max(0, w.length - 1)];
            for (int j = 0; j < w.length; j++) {
                Integer id = ids.get(w[j]);
                if (id == null) {
                    id = ids.size();
                    ids.put(w[j], id);
                }
                if (j > 0) k[j - 1] = ((long) prev << 32) | id;
                prev = id;
            }
            keys[i] = k;
            total += k.length;
        }
        BigramTable table = new BigramTable(total);
        for (int i = 0; i < n; i++) {
            int a = sentences.get(i).article();
            for (long k : keys[i]) table.add(k, a);
        }
        double[] support = new double[n], frequency = new double[n];
        for (int i = 0; i < n; i++) {
            int a = sentences.get(i).article();
            int shared = 0;
            double logSum = 0;
            for (long k : keys[i]) {
                int slot = table.find(k);
                if (table.inOtherArticle(slot, a)) shared++;
                logSum += Math.log(table.count[slot]);
            }
            int m = keys[i].length;
            support[i] = m == 0 ? 0 : (double) shared / m;
            frequency[i] = m == 0 ? 0 : logSum / m;
        }
        return new double[][] {support, frequency};
    }
}
