package dev.precis.segment;

import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;

import java.util.List;

/** Splits cleaned articles into sentences with offsets, words and stemmed terms. */
public interface Segmenter {
    ClusterText segment(Cluster cluster, List<CleanArticle> articles);
}
