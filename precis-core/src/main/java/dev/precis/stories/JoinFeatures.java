package dev.precis.stories;

/**
 * The features of a new article against one candidate story, for {@link JoinModel}; computed by the
 * grouper from the terms and document frequencies only, so a grouper rebuilt from the store
 * computes the same ones.
 */
public final class JoinFeatures {
    /** Cosine to the story's closest article. */
    public static final int CLOSEST = 0;
    /** Mean cosine to the story's last {@link GroupingParams#MEAN_OVER} articles. */
    public static final int MEAN = 1;
    /** Mean cosine to the story's three closest articles among those. */
    public static final int TOP3 = 2;
    /** Share of the article's squared term weight on terms that occur in the story. */
    public static final int COVERAGE = 3;
    /** ln(1 + numbers of the article found in the story). */
    public static final int NUMBERS_SHARED = 4;
    /** ln(1 + numbers of the article not found in the story): another count, another date, another event. */
    public static final int NUMBERS_NEW = 5;
    /** Inverse document frequency of the rarest term shared with the story, over that of a term seen once. */
    public static final int RAREST_SHARED = 6;
    /** ln of the story's article count. */
    public static final int SIZE = 7;
    /** ln(1 + articles seen): early on, document frequencies say little. */
    public static final int SEEN = 8;
    /** Share of the article's squared term weight on terms never seen before. */
    public static final int UNSEEN = 9;
    /** Closest-article cosine over that of the best other story (0 when there is none): a clear choice, or a topic shared by several. */
    public static final int MARGIN = 10;
    /** ln of the article's distinct terms. */
    public static final int LENGTH = 11;
    /** Share of the article's squared name weight (capitalised pairs) on names that occur in the story. */
    public static final int NAMES_SHARED = 12;
    public static final int COUNT = 13;

    public static final String[] NAMES = {"closest", "mean", "top3", "coverage", "numbers_shared", "numbers_new",
            "rarest_shared", "size", "seen", "unseen", "margin", "length", "names_shared"};

    private JoinFeatures() {
    }
}
