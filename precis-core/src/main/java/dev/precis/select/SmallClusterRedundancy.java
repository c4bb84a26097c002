package dev.precis.select;

import dev.precis.analysis.ClusterAnalysis;

/**
 * A stricter repeat threshold for a small cluster of raw articles. In a cluster of few sentences the
 * outlets tell the same short story, and two of their sentences at a cosine of 0.4-0.5 mostly say the
 * same fact in other words; in a big cluster such a pair more often shares the story's words but adds
 * different facts. So where the cluster has under {@link #SENTENCES} sentences and keeps its capitals
 * ({@link CasedArticles}), a candidate repeats a chosen sentence above a cosine of {@link #COSINE}
 * instead of the selector's own threshold. Measured on val-raw (round rouge16, docs/learned-ranker.md):
 * ROUGE-1/-2 up on both halves (even and odd ids); 0.4 in big clusters lost, and on lower-cased
 * truncated text (Multi-News' other form) it lost on val-truncated, so that form keeps the threshold.
 */
final class SmallClusterRedundancy {
    /** Clusters with fewer sentences than this are small (val-raw's median is about 60). */
    static final int SENTENCES = 60;
    /** The repeat threshold there. */
    static final double COSINE = 0.4;

    private SmallClusterRedundancy() {
    }

    /** The repeat threshold for this cluster: {@link #COSINE} where it is small and cased, else {@code redundancy}. */
    static double of(ClusterAnalysis analysis, double redundancy) {
        if (analysis.text().size() >= SENTENCES || redundancy <= COSINE) return redundancy;
        if (CasedArticles.anyIn(analysis)) return COSINE;
        return redundancy;
    }
}
