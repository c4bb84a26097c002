package dev.precis.stories.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one transaction writes: the articles of a batch and every change their grouping made. */
public final class Batch {
    /** One story folded into another when article {@code atSeq} joined both. */
    public record Merge(long from, long into, long atSeq) {
    }

    /** An earlier article taken out of its one-article story, now known to be noise. */
    public record Unassign(long seq, long story, String reason) {
    }

    final List<StoredArticle> articles = new ArrayList<>();
    final List<Merge> merges = new ArrayList<>();
    final List<Unassign> unassigned = new ArrayList<>();
    final Set<Long> touchedStories = new LinkedHashSet<>();
    /** Document frequencies to write, or null: they are a snapshot written now and then, not with every batch. */
    Map<String, Integer> frequencies;
    long documents;

    public void add(StoredArticle a) {
        articles.add(a);
        if (a.story() >= 0) touchedStories.add(a.story());
    }

    public void merge(Merge m) {
        merges.add(m);
        touchedStories.add(m.from());
        touchedStories.add(m.into());
    }

    public void unassign(Unassign u) {
        unassigned.add(u);
        touchedStories.add(u.story());
    }

    /** The document count after this batch. */
    public void documents(long documentCount) {
        documents = documentCount;
    }

    /**
     * Also writes the document frequencies that changed since the last snapshot, as they are after
     * this batch: the snapshot is then as of this batch's document count.
     */
    public void frequencies(Map<String, Integer> changed) {
        frequencies = new LinkedHashMap<>(changed);
    }

    public int size() {
        return articles.size();
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }
}
