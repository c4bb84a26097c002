package dev.precis.train;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

/**
 * How well each article of a cluster fits the rest of it: the cosine between the article's own
 * TF-IDF vector (the sum of its sentences' vectors) and the sum of every other article's. A crawler
 * notice, a promo page or another story shares few weighted terms with the others and scores near
 * 0; an article the cleaner emptied scores 0. Works on stems, so lower-cased and tokenised text
 * scores as its raw form does. A single-article cluster has nothing to compare with: its article
 * scores 1. Pure and thread-safe.
 */
public final class OffTopic {

    private OffTopic() {
    }

    /** Per article of the cluster (by {@link Sentence#article()}), its fit in [0, 1]: low means off-topic. */
    public static double[] fit(ClusterText text, TermVectors vectors) {
        int articles = text.articles().size();
        double[][] sums = new double[articles][vectors.vocabularySize()];
        double[] whole = new double[vectors.vocabularySize()];
        for (Sentence s : text.sentences()) {
            int[] ids = vectors.termIds(s.id());
            double[] w = vectors.weights(s.id());
            for (int k = 0; k < ids.length; k++) {
                sums[s.article()][ids[k]] += w[k];
                whole[ids[k]] += w[k];
            }
        }
        double[] fit = new double[articles];
        if (text.contributingArticles() < 2) {
            for (int a = 0; a < articles; a++) fit[a] = text.sentencesOf(a).isEmpty() ? 0 : 1;
            return fit;
        }
        for (int a = 0; a < articles; a++) {
            double dot = 0, own = 0, rest = 0;
            for (int t = 0; t < whole.length; t++) {
                double mine = sums[a][t], others = whole[t] - mine;
                dot += mine * others;
                own += mine * mine;
                rest += others * others;
            }
            fit[a] = own == 0 || rest == 0 ? 0 : Math.max(0, Math.min(1, dot / Math.sqrt(own * rest)));
        }
        return fit;
    }
}
