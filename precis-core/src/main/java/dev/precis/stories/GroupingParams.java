package dev.precis.stories;

/**
 * The grouper's settings.
 *
 * @param join        least cosine to a story's closest article for a new article to join it
 * @param merge       least cosine by which a second story must also match for the two to merge
 * @param copy        least estimated shingle resemblance for an article to count as a copy
 * @param queryTerms  heaviest terms of a new article looked up in the index
 * @param postings    most recent articles read per looked-up term (keeps the cost flat)
 * @param dormantDays days without a new article after which a story stops taking articles
 */
public record GroupingParams(double join, double merge, double copy, int queryTerms, int postings, int dormantDays) {
    public static GroupingParams defaults() {
        return new GroupingParams(0.30, 0.45, 0.60, 16, 300, 7);
    }

    public GroupingParams withJoin(double j) {
        return new GroupingParams(j, Math.max(merge, j), copy, queryTerms, postings, dormantDays);
    }

    public GroupingParams withMerge(double m) {
        return new GroupingParams(join, m, copy, queryTerms, postings, dormantDays);
    }
}
