package dev.precis.stories;

import dev.precis.clean.rules.Rules;

import dev.precis.clean.Cleaner;
import dev.precis.clean.RuleCleaner;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.BadInputException;
import dev.precis.stories.store.Batch;
import dev.precis.stories.store.StoredArticle;
import dev.precis.stories.store.StoryRow;
import dev.precis.stories.store.StoryStore;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stories kept in a store: {@link #add} groups each new article as it arrives and writes it, with
 * what its arrival changed, in transactions of {@link #BATCH} articles. Opening rebuilds the
 * grouper from the store, so adding continues exactly where the last run stopped; an article id
 * already stored is skipped.
 */
public final class Stories implements AutoCloseable {
    /** Articles per transaction: large enough to amortise a commit, small enough to lose little to a crash. */
    public static final int BATCH = 100;

    private final StoryStore store;
    private final Grouper grouper;
    private final Cleaner cleaner = Rules.cleaner();
    private final Set<String> ids = new HashSet<>();
    private Batch batch = new Batch();
    private long nextSeq;

    /** What happened to one offered article. */
    public enum Outcome { JOINED, STARTED, NOISE, ALREADY_STORED }

    private Stories(StoryStore store, GroupingParams params) {
        this.store = store;
        this.grouper = new Grouper(params);
        store.forEachArticle(a -> {
            ids.add(a.source().id());
            Profile p = Codec.profile(a.terms(), a.sketch());
            grouper.restore(a.seq(), a.source().id(), p, a.source().date(), a.story(), a.noise(), a.indexed());
        });
        grouper.restoreStatistics(store.documentFrequencies(), store.documents());
        nextSeq = store.nextSeq();
    }

    public static Stories open(StoryStore store, GroupingParams params) {
        return new Stories(store, params);
    }

    public StoryStore store() {
        return store;
    }

    /** Groups and queues one article; it is stored when its batch is committed. */
    public Outcome add(Article article) {
        if (!ids.add(article.id())) return Outcome.ALREADY_STORED;
        Profile profile = Profile.of(article, cleaner);
        long seq = nextSeq++;
        Decision d = grouper.add(seq, article.id(), profile, article.date());
        batch.add(new StoredArticle(seq, article, profile.cleanText(), d.story(), d.noise(), d.indexed(),
                Codec.terms(profile), Codec.sketch(profile.sketch())));
        for (long from : d.merged()) batch.merge(new Batch.Merge(from, d.story(), seq));
        if (d.unassigned() >= 0) {
            batch.unassign(new Batch.Unassign(d.unassigned(), d.unassigned(), "its text is repeated by article " + article.id()));
        }
        if (batch.size() >= BATCH) flush();
        if (d.noise() != null) return Outcome.NOISE;
        return d.story() == seq ? Outcome.STARTED : Outcome.JOINED;
    }

    /** Commits the queued articles. */
    public void flush() {
        if (batch.isEmpty()) return;
        batch.statistics(grouper.drainChangedFrequencies(), grouper.documents());
        store.commit(batch);
        batch = new Batch();
    }

    /** The story's articles as one cluster, ready for {@code Precis.summarize}. */
    public Cluster cluster(long id) {
        StoryRow row = store.story(id);
        if (row == null) throw new BadInputException("no story " + id + " in " + store.location());
        if (row.mergedInto() >= 0) {
            throw new BadInputException("story " + id + " was merged into story " + row.mergedInto());
        }
        List<Article> articles = store.articles(id);
        return new Cluster("story-" + id, articles);
    }

    public int liveStories() {
        return grouper.storyCount();
    }

    /** Commits what is queued and closes the store. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            store.close();
        }
    }
}
