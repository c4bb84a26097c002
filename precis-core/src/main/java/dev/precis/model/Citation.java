package dev.precis.model;

/**
 * Where a summary sentence (or an evidence item) stands in a source: the article and the character
 * span in that article's cleaned text.
 *
 * @param article index of the article in the cluster (0-based; shown 1-based to people)
 */
public record Citation(int article, String articleId, int start, int end) {
}
