package dev.precis.score.learned;

import dev.precis.model.Sentence;

/**
 * Where a sentence sits in its article and how big the article and the cluster are. The measures of
 * size (relative position, sentences of the article and of the cluster, the article's share of the
 * words) are taken over each article's first {@link #windowWords} words: most training clusters come
 * in Multi-News' truncated form, which keeps only about that much, so over that window they mean the
 * same on a truncated and on a full raw article. What lies beyond the window (relative position over
 * 1, {@code window_depth} over 1) only raw text shows, and only the raw training clusters teach.
 */
final class PositionFeatures implements FeatureGroup {
    /**
     * Words a truncated Multi-News cluster keeps, shared equally among its articles (about 500 tokens
     * in the dataset's tokenisation; train-truncated-12k holds 430 words a cluster by the median, 455
     * at the 99th percentile).
     */
    static final double TRUNCATED_CLUSTER_WORDS = 440;

    private final ClusterCounts counts;
    /** Words of the same article before each sentence. */
    private final int[] wordOffset;
    /** Words of each article the truncated form would keep. */
    private final double windowWords;
    /** Sentences of each article that start inside its window. */
    private final int[] windowSentences;
    private final int clusterWindowSentences;
    /** Words of each article inside its window. */
    private final double[] articleWindowWords;
    private final double clusterWindowWords;

    PositionFeatures(ClusterCounts counts) {
        this.counts = counts;
        wordOffset = new int[counts.size];
        int[] running = new int[counts.articles];
        for (Sentence s : counts.sentences) {
            wordOffset[s.id()] = running[s.article()];
            running[s.article()] += s.wordCount();
        }
        windowWords = TRUNCATED_CLUSTER_WORDS / Math.max(1, counts.articles);
        windowSentences = new int[counts.articles];
        for (Sentence s : counts.sentences) {
            if (wordOffset[s.id()] < windowWords) windowSentences[s.article()]++;
        }
        clusterWindowSentences = java.util.Arrays.stream(windowSentences).sum();
        articleWindowWords = new double[counts.articles];
        double words = 0;
        for (int a = 0; a < counts.articles; a++) {
            articleWindowWords[a] = Math.min(counts.articleWords[a], windowWords);
            words += articleWindowWords[a];
        }
        clusterWindowWords = words;
    }

    @Override
    public void fill(int i, double[] m, int row) {
        Sentence s = counts.sentences.get(i);
        int a = s.article();
        int pos = s.position();
        int inWindow = windowSentences[a];
        m[row + Features.POSITION] = pos;
        m[row + Features.POSITION_INVERSE] = 1.0 / (1 + pos);
        m[row + Features.POSITION_RELATIVE] = (double) pos / Math.max(1, inWindow - 1);
        m[row + Features.IS_LEAD] = pos == 0 ? 1 : 0;
        m[row + Features.ARTICLE_INDEX] = a;
        m[row + Features.ARTICLES] = counts.contributing;
        m[row + Features.ARTICLE_SENTENCES] = inWindow;
        m[row + Features.CLUSTER_SENTENCES] = clusterWindowSentences;
        m[row + Features.ARTICLE_WORD_SHARE] = clusterWindowWords == 0 ? 0 : articleWindowWords[a] / clusterWindowWords;
        m[row + Features.WORD_OFFSET] = wordOffset[i];
        m[row + Features.WINDOW_DEPTH] = wordOffset[i] / windowWords;
    }
}
