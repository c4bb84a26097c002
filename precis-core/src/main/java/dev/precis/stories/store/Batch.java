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
    final Map<String, Integer> frequencies = new LinkedHashMap<>();
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

    /** Document frequencies as they are after this batch, and the document count. */
    public void statistics(Map<String, Integer> changed, long documentCount) {
        frequencies.putAll(changed);
        documents = documentCount;
    }

    public int size() {
        return articles.size();
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }
}
