package dev.precis.model;

import java.util.List;

/**
 * An article after cleaning. {@code text} is the story text only; every character offset in the
 * rest of the pipeline (sentences, citations, evidence) points into this string.
 *
 * @param index position of the article in its cluster (0-based); citations show it 1-based
 * @param drops what the cleaner removed and why, in source order
 * @param offTopic why the article is not about the cluster's story (it then gives no sentence), or null
 */
public record CleanArticle(int index, Article source, String text, List<Drop> drops, String offTopic) {
    public CleanArticle {
        drops = List.copyOf(drops);
    }

    public CleanArticle(int index, Article source, String text, List<Drop> drops) {
        this(index, source, text, drops, null);
    }

    public CleanArticle markedOffTopic(String why) {
        return new CleanArticle(index, source, text, drops, why);
    }

    public String id() {
        return source.id();
    }

    public boolean isEmpty() {
        return text.isBlank();
    }
}
