package dev.precis.model;

import java.util.List;
import java.util.Objects;

/**
 * Several articles about one story, plus the human reference summary when the data has one
 * (used only by evaluation and training).
 */
public record Cluster(String id, List<Article> articles, String reference) {
    public Cluster {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        reference = reference == null ? "" : reference;
    }

    public Cluster(String id, List<Article> articles) {
        this(id, articles, "");
    }

    public boolean hasReference() {
        return !reference.isBlank();
    }
}
