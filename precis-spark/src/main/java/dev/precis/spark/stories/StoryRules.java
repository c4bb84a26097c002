package dev.precis.spark.stories;

import dev.precis.model.BadInputException;

import java.io.Serializable;

/**
 * When two articles are one story and when an article is noise.
 *
 * @param threshold    TF-IDF cosine at or above which two articles are linked
 * @param blockTerms   how many of an article's most distinctive terms it is blocked on
 * @param blockDfShare a blocking term is in at most this share of the articles
 * @param minTerms     fewer distinct terms than this is too little text to place
 * @param copies       an opening shared verbatim by this many articles or more is boilerplate (a
 *                     crawler notice, a cookie wall), never a story
 */
public record StoryRules(double threshold, int blockTerms, double blockDfShare, int minTerms, int copies)
        implements Serializable {
    public StoryRules {
        if (!(threshold > 0 && threshold <= 1)) throw new BadInputException("--threshold must be in (0, 1]");
        if (blockTerms <= 0) throw new BadInputException("--block-terms must be positive");
        if (!(blockDfShare > 0 && blockDfShare <= 1)) throw new BadInputException("--block-df must be in (0, 1]");
        if (copies < 2) throw new BadInputException("--copies must be at least 2");
    }

    /** Words at the start of an article that make its copy key. */
    static final int COPY_KEY_TERMS = 20;
}
