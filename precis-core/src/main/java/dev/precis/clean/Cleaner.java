package dev.precis.clean;

import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;

import java.util.List;

/**
 * Removes what is not the story. Works on the whole cluster because some debris is only visible as
 * repetition across articles (an outlet's template lines).
 */
public interface Cleaner {
    /** One cleaned article per input article, same order; an all-debris article has empty text. */
    List<CleanArticle> clean(Cluster cluster);
}
