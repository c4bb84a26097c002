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

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Stories kept in a store: {@link #add} groups each new article as it arrives and writes it, with
 * what its arrival changed, in transactions of {@link #BATCH} articles. Opening rebuilds the
 * grouper from the store, so adding continues exactly where the last run stopped; an article id
 * already stored is skipped.
 */
public final class Stories implements AutoCloseable {
    /** Articles per transaction: large enough to amortise a commit, small enough to lose little to a crash (a second's work). */
    public static final int BATCH = 500;

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
        // a snapshot as of every stored article needs no rewrite; one left behind by a crash is refreshed next time
        if (store.frequenciesDocuments() == grouper.documents()) grouper.forgetChanges();
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
        if (ids.contains(article.id())) return Outcome.ALREADY_STORED;
        return place(article, Profile.of(article, cleaner));
    }

    /**
     * Adds every article {@code source} offers, in its order and with exactly the decisions of
     * {@link #add}, and tells {@code each} every outcome in the same order. The articles after the
     * one being grouped are cleaned and analysed meanwhile on the other cores: grouping must take
     * one article after another, but the cleaning, half the work, need not.
     */
    public void addAll(Consumer<Consumer<Article>> source, Consumer<Outcome> each) {
        // as many cleaners as cores: the grouping thread mostly waits for them (a third of their CPU time)
        int workers = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "stories-profile");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Cleaner> cleaners = ThreadLocal.withInitial(Rules::cleaner);
        ArrayDeque<Pending> pending = new ArrayDeque<>();
        try {
            try {
                source.accept(a -> {
                    pending.add(new Pending(a, pool.submit(() -> Profile.of(a, cleaners.get()))));
                    if (pending.size() > AHEAD) each.accept(place(pending.poll()));
                });
            } finally {
                // what was read before a bad line is added all the same, as add one by one would have
                while (!pending.isEmpty()) each.accept(place(pending.poll()));
            }
        } finally {
            pending.forEach(p -> p.profile().cancel(true));
            pool.shutdownNow();
        }
    }

    /** Articles cleaned ahead of the grouping: enough to keep the other cores busy, few enough to hold. */
    private static final int AHEAD = 256;

    private record Pending(Article article, Future<Profile> profile) {
    }

    private Outcome place(Pending p) {
        if (ids.contains(p.article().id())) return Outcome.ALREADY_STORED;
        try {
            return place(p.article(), p.profile().get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while adding articles", e);
        }
    }

    private Outcome place(Article article, Profile profile) {
        ids.add(article.id());
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
        flush(false);
    }

    /**
     * Commits the queued articles, and with them, every {@link #FREQUENCIES_EVERY} articles and when
     * asked, the document frequencies. Rewriting every changed term's frequency with every batch
     * cost two thirds of the store's time; the grouper does not need them from the store (it
     * recounts them from the articles' stored terms when it opens), so they are a snapshot for
     * readers, and its document count says how current it is.
     */
    private void flush(boolean frequenciesToo) {
        boolean snapshot = grouper.frequenciesChanged() && (frequenciesToo || sinceSnapshot + batch.size() >= FREQUENCIES_EVERY);
        if (batch.isEmpty() && !snapshot) return;
        batch.documents(grouper.documents());
        if (snapshot) {
            batch.frequencies(grouper.drainChangedFrequencies());
            sinceSnapshot = 0;
        } else {
            sinceSnapshot += batch.size();
        }
        store.commit(batch);
        batch = new Batch();
    }

    /** Articles between two snapshots of the document frequencies in the store. */
    public static final int FREQUENCIES_EVERY = 10_000;
    private long sinceSnapshot;

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
            flush(true);
        } finally {
            store.close();
        }
    }
}
