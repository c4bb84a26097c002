package dev.precis.spark.stories;

import dev.precis.model.BadInputException;
import dev.precis.stories.GroupingParams;

import java.io.Serializable;
import java.util.Locale;

/**
 * When two articles are one story and when an article is noise: the online grouper's
 * {@link GroupingParams} (join and merge scores, linkage, copy resemblance), plus what only the
 * batch needs, its blocking and how linked articles become stories.
 *
 * @param params       the online grouper's settings, normally {@link GroupingParams#defaults()}
 * @param blockTerms   how many of an article's most distinctive terms it is blocked on
 * @param blockDfShare a blocking term is in at most this share of the articles
 * @param grouping     how linked articles become stories
 */
public record StoryRules(GroupingParams params, int blockTerms, double blockDfShare, Grouping grouping)
        implements Serializable {
    public StoryRules {
        if (blockTerms <= 0) throw new BadInputException("--block-terms must be positive");
        if (!(blockDfShare > 0 && blockDfShare <= 1)) throw new BadInputException("--block-df must be in (0, 1]");
    }

    /** The online rules and thresholds, with the batch's default blocking and grouping. */
    public static StoryRules defaults() {
        return new StoryRules(GroupingParams.defaults(), 8, 0.01, Grouping.MEAN);
    }

    /** How linked articles (cosine at least the join threshold) become stories. */
    public enum Grouping {
        /** Every connected component of the links is a story: one link is enough, so stories can chain. */
        COMPONENTS,
        /**
         * Within each component, articles in arrival order join a story by the online rule: the
         * score of {@link GroupingParams#score} at least {@code join}, merging a second story that
         * scores at least {@code merge}.
         */
        MEAN;

        public static Grouping of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--grouping must be components or mean, not " + name);
            }
        }
    }
}
