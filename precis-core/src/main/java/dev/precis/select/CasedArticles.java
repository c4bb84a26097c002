package dev.precis.select;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.lexicon.Capitals;
import dev.precis.model.ClusterText;

/**
 * Whether each article of a cluster keeps its capitals ({@link Capitals#insideSentences}), read once per
 * article. The answer belongs to the article but is asked for sentence after sentence, and in
 * lower-cased text the search runs to the article's end every time: per sentence, an enormous
 * lower-cased article would be read once for each of its sentences. Selection ({@link Candidates}),
 * the leanings and the introductions all ask, so the cluster keeps one ({@link #OF_CLUSTER}) and each
 * article is read once a summary, not once for each of them.
 */
final class CasedArticles {
    /** The cluster's one reading of its articles' casing, shared by selection, leanings and introductions. */
    static final ClusterAnalysis.Key<CasedArticles> OF_CLUSTER = ClusterAnalysis.Key.of("cased articles", a -> new CasedArticles(a.text()));

    private final ClusterText text;
    /** Per article: 0 not read yet, 1 lower-cased, 2 keeps its capitals. A byte is written whole, so two threads at worst both read the article. */
    private final byte[] known;

    CasedArticles(ClusterText text) {
        this.text = text;
        this.known = new byte[text.articles().size()];
    }

    /** Whether the cluster holds raw text: any article with sentences keeps its capitals (Multi-News' truncated form keeps none). */
    static boolean anyIn(ClusterAnalysis analysis) {
        CasedArticles cased = analysis.get(OF_CLUSTER);
        for (int a = 0; a < analysis.text().articles().size(); a++) {
            if (!analysis.text().sentencesOf(a).isEmpty() && cased.of(a)) return true;
        }
        return false;
    }

    boolean of(int article) {
        if (known[article] == 0) known[article] = Capitals.insideSentences(text.articles().get(article).text()) ? (byte) 2 : (byte) 1;
        return known[article] == 2;
    }
}
