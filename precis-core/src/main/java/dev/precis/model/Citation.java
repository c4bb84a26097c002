package dev.precis.model;

/**
 * Where a summary sentence (or an evidence item) stands in a source: the article and the character
 * span in that article's cleaned text.
 *
 * @param article index of the article in the cluster (0-based; shown 1-based to people)
 */
public record Citation(int article, String articleId, int start, int end) {

    /** The span {@code start}..{@code end} of article {@code article} of {@code text}. */
    public static Citation of(ClusterText text, int article, int start, int end) {
        return new Citation(article, text.articles().get(article).id(), start, end);
    }
}
