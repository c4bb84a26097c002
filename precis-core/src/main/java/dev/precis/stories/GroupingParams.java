package dev.precis.stories;

/**
 * The grouper's settings.
 *
 * @param join        least score (see {@code linkage}) for a new article to join a story
 * @param linkage     weight of the mean cosine to a story's articles against that of the closest one:
 *                    0 joins on the closest article alone, which lets a story grow by chaining
 * @param merge       least cosine by which a second story must also match for the two to merge
 * @param copy        least estimated shingle resemblance for an article to count as a copy
 * @param queryTerms  heaviest terms of a new article looked up in the index
 * @param postings    most recent articles read per looked-up term (keeps the cost flat)
 * @param dormantDays days without a new article after which a story stops taking articles
 */
public record GroupingParams(double join, double linkage, double merge, double copy, int queryTerms, int postings,
                             int dormantDays) implements java.io.Serializable {
    /** Most recent articles of a story that its mean cosine is taken over, so a large story costs no more. */
    public static final int MEAN_OVER = 32;

    /**
     * How well a new article fits a story, to compare with {@code join} and {@code merge}: the
     * {@code linkage} blend of its cosine to the story's closest article and its mean cosine to the
     * story's last {@link #MEAN_OVER} articles.
     */
    public double score(double closest, double mean) {
        return (1 - linkage) * closest + linkage * mean;
    }

    /**
     * Tuned on the first half of both labelled streams (see docs/stories.md): the mean cosine to a
     * story's recent articles alone ({@code linkage} 1) keeps same-topic stories from chaining into
     * one, which the closest article alone lets happen.
     */
    public static GroupingParams defaults() {
        return new GroupingParams(0.25, 1.0, 0.50, 0.60, 16, 300, 7);
    }

    /**
     * The story a new article joins, among the scored ones (in the map's order): the highest
     * score, at least {@code join}, the first on a tie; null when none reaches it.
     */
    public <K> K best(java.util.Map<K, Double> scores) {
        K best = null;
        double bestScore = join;
        for (java.util.Map.Entry<K, Double> s : scores.entrySet()) {
            if (s.getValue() > bestScore || (s.getValue() == bestScore && best == null)) {
                best = s.getKey();
                bestScore = s.getValue();
            }
        }
        return best;
    }

    public GroupingParams withJoin(double j) {
        return new GroupingParams(j, linkage, Math.max(merge, j), copy, queryTerms, postings, dormantDays);
    }

    public GroupingParams withLinkage(double l) {
        return new GroupingParams(join, l, merge, copy, queryTerms, postings, dormantDays);
    }

    public GroupingParams withMerge(double m) {
        return new GroupingParams(join, linkage, m, copy, queryTerms, postings, dormantDays);
    }

    public GroupingParams withCopy(double c) {
        return new GroupingParams(join, linkage, merge, c, queryTerms, postings, dormantDays);
    }
}
