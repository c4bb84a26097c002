package dev.precis.server;

import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.stories.GroupingParams;
import dev.precis.stories.Stories;
import dev.precis.stories.store.StoredArticle;
import dev.precis.stories.store.StoryRow;
import dev.precis.stories.store.StoryStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The story store as the server shares it between requests. The store holds one database
 * connection and the grouper keeps state, so every call takes the same lock; reads are short
 * (an indexed query), and summaries are made outside it. {@link #version()} changes with every
 * write, so what was computed from the store can be kept until it does.
 */
public final class StoryService implements AutoCloseable {
    private final Stories stories;
    private final AtomicLong version = new AtomicLong();

    private StoryService(Stories stories) {
        this.stories = stories;
    }

    /** Opens (creating when needed) the store in {@code dir}. */
    public static StoryService open(Path dir) {
        return new StoryService(Stories.open(StoryStore.open(dir), GroupingParams.defaults()));
    }

    /** Where one offered article went. */
    public record Added(String id, Stories.Outcome outcome, long story, String noise) {
    }

    /** Groups and stores the articles, committed before this returns, in the order given. */
    public synchronized List<Added> add(List<Article> articles) {
        List<Stories.Outcome> outcomes = new ArrayList<>(articles.size());
        try {
            for (Article a : articles) outcomes.add(stories.add(a));
            stories.flush();
        } finally {
            version.incrementAndGet();
        }
        List<Added> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            StoredArticle stored = stories.store().article(articles.get(i).id());
            out.add(new Added(articles.get(i).id(), outcomes.get(i), stored == null ? -1 : stored.story(),
                    stored == null ? null : stored.noise()));
        }
        return out;
    }

    /** Live stories, newest first; with {@code since}, those with an article on or after it. */
    public synchronized List<StoryRow> list(LocalDate since) {
        return stories.store().stories(since);
    }

    /** A story's row, merged or not, or null. */
    public synchronized StoryRow story(long id) {
        return stories.store().story(id);
    }

    /** A live story's articles as one cluster. */
    public synchronized Cluster cluster(long id) {
        return stories.cluster(id);
    }

    /** The outlets of a story's articles, counted once each. */
    public synchronized int outlets(long id) {
        return (int) stories.store().articles(id).stream().map(Article::outlet).filter(o -> !o.isBlank())
                .distinct().count();
    }

    public synchronized StoredArticle article(String id) {
        return stories.store().article(id);
    }

    public synchronized long storyCount() {
        return stories.liveStories();
    }

    public synchronized long articleCount() {
        return stories.store().nextSeq();
    }

    public long version() {
        return version.get();
    }

    @Override
    public synchronized void close() {
        stories.close();
    }

    static long storyId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiError.notFound("no story '" + text + "': story ids are numbers");
        }
    }

    static ApiError missing(StoryRow row, long id) {
        if (row == null) return ApiError.notFound("no story " + id);
        return ApiError.notFound("story " + id + " was merged into story " + row.mergedInto());
    }
}
