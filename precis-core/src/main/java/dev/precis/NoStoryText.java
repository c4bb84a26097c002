package dev.precis;

import dev.precis.model.CleanArticle;
import dev.precis.model.BadInputException;

import java.util.List;

/**
 * A cluster in which no article kept a story sentence. Carries the cleaned articles, with what was
 * removed from each and which were off topic, so a front end can explain the failure.
 */
public final class NoStoryText extends BadInputException {
    private final transient List<CleanArticle> articles;

    public NoStoryText(String message, List<CleanArticle> articles) {
        super(message);
        this.articles = List.copyOf(articles);
    }

    public List<CleanArticle> articles() {
        return articles;
    }
}
