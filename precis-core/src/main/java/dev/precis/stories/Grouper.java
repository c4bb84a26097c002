package dev.precis.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The online single-pass grouper. Each article is compared, through an inverted index over its
 * heaviest terms, with the articles already in live stories (TF-IDF cosine, with the document
 * frequencies of the stream so far); it joins the story of its closest match when that is close
 * enough, else starts a story. Noise is kept out before any comparison: an article with no story
 * text left after cleaning, or a copy of an earlier article (the many copies of one crawler notice).
 * <p>Every decision depends only on the articles before it, in order, and on integer state
 * (counts), so a grouper rebuilt from the store continues exactly as one that never stopped.
 * Not thread-safe.
 */
public final class Grouper {
    private static final long UNDATED = Long.MIN_VALUE;
    private static final int SHARED_HASHES_TO_CHECK = 3;
    /** Candidates compared in full with a new article. */
    private static final int COMPARED = 40;

    private final GroupingParams params;
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<String> termNames = new ArrayList<>();
    private int[] df = new int[1024];
    private IntList[] postings = new IntList[1024];
    private long documents;
    /** log(documents + 1), set before each decision: every weight of one decision uses it. */
    private double logDocuments;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Long, Story> stories = new HashMap<>();
    private final Map<Long, IntList> sketchIndex = new HashMap<>();
    private final List<long[]> sketches = new ArrayList<>();
    /** Terms whose document frequency changed since the store last took them: ids, and a mark per term. */
    private final IntList changedTerms = new IntList();
    private boolean[] changed = new boolean[1024];
    private long newestDay = UNDATED;
    /** Per entry, whether it turned out to be noise: read for every posting, so kept apart from the entries. */
    private boolean[] noise = new boolean[1024];
    private int[] seen = new int[16];
    private double[] overlap = new double[16];
    private int round;

    public Grouper(GroupingParams params) {
        this.params = params;
    }

    /** An indexed article: one that entered the statistics. */
    private static final class Entry {
        final long seq;
        final String id;
        final int[] terms;
        final int[] counts;
        final long day;
        long story;
        boolean noise;

        final int index;

        Entry(int index, long seq, String id, int[] terms, int[] counts, long day, long story) {
            this.index = index;
            this.seq = seq;
            this.id = id;
            this.terms = terms;
            this.counts = counts;
            this.day = day;
            this.story = story;
        }
    }

    private static final class Story {
        final long id;
        final IntList members = new IntList();
        long lastDay = UNDATED;

        Story(long id) {
            this.id = id;
        }
    }

    /** Decides where the article {@code seq} goes and updates the state accordingly. */
    public Decision add(long seq, String id, Profile profile, java.time.LocalDate date) {
        long day = date == null ? UNDATED : date.toEpochDay();
        if (day != UNDATED) newestDay = Math.max(newestDay, day);
        String tooShort = profile.tooShort();
        if (tooShort != null) return new Decision(seq, -1, tooShort, false, List.of(), -1);
        Entry original = copyOf(profile.sketch());
        if (original != null) {
            long unassigned = -1;
            Story alone = original.noise ? null : stories.get(original.story);
            if (alone != null && alone.members.size() == 1) {
                stories.remove(alone.id);
                original.noise = true;
                noise[original.index] = true;
                original.story = -1;
                unassigned = original.seq;
            }
            return new Decision(seq, -1, "repeats the text of article " + original.id, false, List.of(), unassigned);
        }
        Map<Long, Double> scores = scores(query(profile));
        Long chosen = params.best(scores);
        long best = chosen == null ? -1 : chosen;
        List<Long> merged = new ArrayList<>();
        Story story;
        if (best < 0) {
            story = new Story(seq);
            stories.put(seq, story);
        } else {
            story = stories.get(best);
            for (Map.Entry<Long, Double> s : scores.entrySet()) {
                if (s.getKey() != best && s.getValue() >= params.merge()) {
                    fold(stories.remove(s.getKey()), story);
                    merged.add(s.getKey());
                }
            }
        }
        index(seq, id, profile, day, story);
        return new Decision(seq, story.id, null, true, merged, -1);
    }

    /**
     * Rebuilds the state from a stored article; called in arrival order. The document frequencies
     * and count are recounted from the stored terms, exactly as they were when the article was added.
     */
    public void restore(long seq, String id, Profile profile, java.time.LocalDate date, long story, String noise, boolean indexed) {
        long day = date == null ? UNDATED : date.toEpochDay();
        if (day != UNDATED) newestDay = Math.max(newestDay, day);
        if (!indexed) return;
        Story s = null;
        if (noise == null) s = stories.computeIfAbsent(story, Story::new);
        Entry e = register(seq, id, profile, day, s);
        documents++;
        e.noise = noise != null;
        this.noise[e.index] = e.noise;
        if (e.noise) e.story = -1;
    }

    /** Terms whose document frequency changed since the last call, with their frequencies now. */
    public Map<String, Integer> drainChangedFrequencies() {
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < changedTerms.size(); i++) {
            int t = changedTerms.get(i);
            out.put(termNames.get(t), df[t]);
        }
        forgetChanges();
        return out;
    }

    /** Whether a document frequency changed since the last {@link #drainChangedFrequencies}. */
    public boolean frequenciesChanged() {
        return changedTerms.size() > 0;
    }

    /** Forgets the changes: the store's snapshot of the frequencies is already as they are. */
    public void forgetChanges() {
        for (int i = 0; i < changedTerms.size(); i++) changed[changedTerms.get(i)] = false;
        changedTerms.clear();
    }

    public long documents() {
        return documents;
    }

    public int storyCount() {
        return stories.size();
    }

    private Entry copyOf(long[] sketch) {
        round++;
        grow();
        IntList checked = new IntList();
        for (long h : sketch) {
            IntList l = sketchIndex.get(h);
            if (l == null) continue;
            for (int i = 0; i < l.size(); i++) {
                int e = l.get(i);
                if (seen[e] != round) {
                    seen[e] = round;
                    overlap[e] = 0;
                }
                if (++overlap[e] == SHARED_HASHES_TO_CHECK) checked.add(e);
            }
        }
        int[] order = new int[checked.size()];
        for (int i = 0; i < order.length; i++) order[i] = checked.get(i);
        Arrays.sort(order);
        Entry best = null;
        double bestResemblance = params.copy();
        for (int c : order) {
            Entry e = entries.get(c);
            double r = Profile.resemblance(sketch, sketches.get(c));
            if (r >= bestResemblance) {
                best = e;
                bestResemblance = r;
            }
        }
        return best;
    }

    /** A new article's known terms, sorted by id, and the squared weight of its terms never seen before. */
    private record Query(int[] ids, int[] counts, double unseenNorm) {
    }

    private Query query(Profile p) {
        int n = 0;
        long[] packed = new long[p.terms().length];
        double unseen = 0;
        for (int i = 0; i < p.terms().length; i++) {
            Integer t = termIds.get(p.terms()[i]);
            if (t == null || df[t] == 0) {
                unseen += Math.pow(TfIdf.weight(p.counts()[i], 0, documents), 2);
            } else {
                packed[n++] = ((long) t << 32) | p.counts()[i];
            }
        }
        Arrays.sort(packed, 0, n);
        int[] ids = new int[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (int) (packed[i] >>> 32);
            counts[i] = (int) packed[i];
        }
        return new Query(ids, counts, unseen);
    }

    private double weight(int term, int count) {
        return TfIdf.weight(count, df[term], logDocuments);
    }

    private Map<Long, Double> scores(Query q) {
        logDocuments = Math.log(documents + 1.0);
        int[] ids = q.ids();
        int n = ids.length;
        double[] w = new double[n];
        double norm = q.unseenNorm();
        for (int i = 0; i < n; i++) {
            w[i] = weight(ids[i], q.counts()[i]);
            norm += w[i] * w[i];
        }
        norm = Math.sqrt(norm);
        Map<Long, Double> scores = new TreeMap<>();
        if (n == 0 || norm == 0) return scores;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a]) : Integer.compare(ids[a], ids[b]));
        round++;
        grow();
        IntList candidates = new IntList();
        for (int k = 0; k < Math.min(params.queryTerms(), n); k++) {
            int t = order[k];
            IntList list = postings[ids[t]];
            for (int i = Math.max(0, list.size() - params.postings()); i < list.size(); i++) {
                int e = list.get(i);
                if (noise[e]) continue;
                if (seen[e] != round) {
                    seen[e] = round;
                    overlap[e] = 0;
                    candidates.add(e);
                }
                overlap[e] += w[t];
            }
        }
        // a full cosine only for the articles sharing the most query weight: the cost stays bounded.
        // Sorted on primitive keys: the overlap (as a float, positive so its bits order as its value),
        // then the older article first.
        TopKeys top = new TopKeys(COMPARED);
        for (int i = 0; i < candidates.size(); i++) {
            int e = candidates.get(i);
            top.offer(((long) Float.floatToIntBits((float) overlap[e]) << 32) | (Integer.MAX_VALUE - e));
        }
        long[] keys = top.keys();
        int[] best = new int[keys.length];
        for (int i = 0; i < best.length; i++) best[i] = Integer.MAX_VALUE - (int) keys[i];
        Arrays.sort(best);
        for (int c : best) {
            Entry e = entries.get(c);
            Story s = stories.get(e.story);
            if (dormant(s)) continue;
            double cos = cosine(ids, w, n, norm, e);
            scores.merge(e.story, cos, Math::max);
    }
        if (params.linkage() > 0) {
            for (Map.Entry<Long, Double> s : scores.entrySet()) {
                // the blend never exceeds the closest article's cosine: below the join threshold it cannot matter
                if (s.getValue() < params.join()) continue;
                IntList members = stories.get(s.getKey()).members;
                int from = Math.max(0, members.size() - GroupingParams.MEAN_OVER);
                double sum = 0;
                for (int i = from; i < members.size(); i++) sum += cosine(ids, w, n, norm, entries.get(members.get(i)));
                s.setValue(params.score(s.getValue(), sum / (members.size() - from)));
            }
        }
        return scores;
    }

    /** Makes the per-article scratch arrays cover every entry. */
    private void grow() {
        if (seen.length < entries.size()) {
            seen = Arrays.copyOf(seen, Math.max(entries.size(), seen.length * 2));
            overlap = Arrays.copyOf(overlap, seen.length);
        }
    }

    private boolean dormant(Story s) {
        return s.lastDay != UNDATED && newestDay != UNDATED && newestDay - s.lastDay > params.dormantDays();
    }

    private double cosine(int[] ids, double[] w, int n, double norm, Entry e) {
        double dot = 0;
        double en = 0;
        int i = 0;
        for (int j = 0; j < e.terms.length; j++) {
            double we = weight(e.terms[j], e.counts[j]);
            en += we * we;
            while (i < n && ids[i] < e.terms[j]) i++;
            if (i < n && ids[i] == e.terms[j]) dot += w[i] * we;
        }
        return en == 0 ? 0 : dot / (norm * Math.sqrt(en));
    }

    private void fold(Story from, Story into) {
        for (int i = 0; i < from.members.size(); i++) entries.get(from.members.get(i)).story = into.id;
        into.members.addAll(from.members);
        into.lastDay = Math.max(into.lastDay, from.lastDay);
    }

    private void index(long seq, String id, Profile p, long day, Story story) {
        register(seq, id, p, day, story);
        documents++;
    }

    private Entry register(long seq, String id, Profile p, long day, Story story) {
        int[] ids = new int[p.terms().length];
        for (int i = 0; i < ids.length; i++) {
            String term = p.terms()[i];
            Integer t = termIds.get(term);
            if (t == null) {
                t = termNames.size();
                termIds.put(term, t);
                termNames.add(term);
                if (t == df.length) {
                    df = Arrays.copyOf(df, t * 2);
                    postings = Arrays.copyOf(postings, t * 2);
                    changed = Arrays.copyOf(changed, t * 2);
                }
                postings[t] = new IntList();
            }
            ids[i] = t;
        }
        long[] packed = new long[ids.length];
        for (int i = 0; i < ids.length; i++) packed[i] = ((long) ids[i] << 32) | p.counts()[i];
        Arrays.sort(packed);
        int[] sortedIds = new int[ids.length];
        int[] sortedCounts = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            sortedIds[i] = (int) (packed[i] >>> 32);
            sortedCounts[i] = (int) packed[i];
        }
        int index = entries.size();
        Entry e = new Entry(index, seq, id, sortedIds, sortedCounts, day, story == null ? -1 : story.id);
        if (index == noise.length) noise = Arrays.copyOf(noise, index * 2);
        entries.add(e);
        sketches.add(p.sketch());
        for (int t : sortedIds) {
            df[t]++;
            postings[t].add(index);
            if (!changed[t]) {
                changed[t] = true;
                changedTerms.add(t);
            }
        }
        for (long h : p.sketch()) sketchIndex.computeIfAbsent(h, k -> new IntList()).add(index);
        if (story != null) {
            story.members.add(index);
            if (day != UNDATED) story.lastDay = Math.max(story.lastDay, day);
        }
        return e;
    }
}
