package dev.precis.score.learned;

import dev.precis.model.Sentence;

/** Where a sentence sits in its article and how big the article and the cluster are. */
final class PositionFeatures implements FeatureGroup {
    private final ClusterCounts counts;
    /** Words of the same article before each sentence. */
    private final int[] wordOffset;

    PositionFeatures(ClusterCounts counts) {
        this.counts = counts;
        wordOffset = new int[counts.size];
        int[] running = new int[counts.articles];
        for (Sentence s : counts.sentences) {
            wordOffset[s.id()] = running[s.article()];
            running[s.article()] += s.wordCount();
        }
    }

    @Override
    public void fill(int i, double[] m, int row) {
        Sentence s = counts.sentences.get(i);
        int a = s.article();
        int pos = s.position();
        int inArticle = Math.max(counts.articleSentences[a], pos + 1);
        m[row + Features.POSITION] = pos;
        m[row + Features.POSITION_INVERSE] = 1.0 / (1 + pos);
        m[row + Features.POSITION_RELATIVE] = inArticle <= 1 ? 0 : (double) pos / (inArticle - 1);
        m[row + Features.IS_LEAD] = pos == 0 ? 1 : 0;
        m[row + Features.ARTICLE_INDEX] = a;
        m[row + Features.ARTICLES] = counts.contributing;
        m[row + Features.ARTICLE_SENTENCES] = counts.articleSentences[a];
        m[row + Features.CLUSTER_SENTENCES] = counts.size;
        m[row + Features.ARTICLE_WORD_SHARE] = counts.totalWords == 0 ? 0 : (double) counts.articleWords[a] / counts.totalWords;
        m[row + Features.WORD_OFFSET] = wordOffset[i];
    }
}
