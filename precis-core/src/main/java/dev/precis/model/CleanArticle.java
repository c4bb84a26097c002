package dev.precis.model;

import java.util.List;

/**
 * An article after cleaning. {@code text} is the story text only; every character offset in the
 * rest of the pipeline (sentences, citations, evidence) points into this string.
 *
 * @param index position of the article in its cluster (0-based); citations show it 1-based
 * @param drops what the cleaner removed and why, in source order
 */
public record CleanArticle(int index, Article source, String text, List<Drop> drops) {
    public CleanArticle {
        drops = List.copyOf(drops);
    }

    public String id() {
        return source.id();
    }

    public boolean isEmpty() {
        return text.isBlank();
    }
}
