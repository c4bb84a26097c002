package dev.precis.clean;

import dev.precis.clean.rules.Rules;

import dev.precis.model.Cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What rules may know beyond one line: the article's other lines (neighbours, where the story
 * starts and ends), its title, and how often a line occurs across the cluster.
 */
public final class ClusterContext {
    private final Cluster cluster;
    private final List<List<Line>> lines;
    private final Map<String, Integer> articlesWithKey = new HashMap<>();
    private final int[] firstBody;
    private final int[] lastBody;
    private final List<String> titleKeys = new ArrayList<>();
    private final List<Map<String, Integer>> firstIndex = new ArrayList<>();

    public ClusterContext(Cluster cluster, List<List<Line>> lines) {
        this.cluster = cluster;
        this.lines = lines;
        articleMemo = newMemos(lines.size());
        firstBody = new int[lines.size()];
        lastBody = new int[lines.size()];
        for (int a = 0; a < lines.size(); a++) {
            List<Line> ls = lines.get(a);
            Set<String> seen = new HashSet<>();
            Map<String, Integer> first = new HashMap<>();
            firstBody[a] = Integer.MAX_VALUE;
            lastBody[a] = -1;
            for (Line l : ls) {
                if (seen.add(l.key())) articlesWithKey.merge(l.key(), 1, Integer::sum);
                first.putIfAbsent(l.key(), l.index());
                if (isBody(l)) {
                    firstBody[a] = Math.min(firstBody[a], l.index());
                    lastBody[a] = l.index();
                }
            }
            firstIndex.add(first);
            String title = a < cluster.articles().size() ? cluster.articles().get(a).title() : "";
            titleKeys.add(Line.of(a, -1, title).key());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] newMemos(int articles) {
        Map<String, Object>[] m = new Map[articles];
        for (int a = 0; a < articles; a++) m[a] = new ConcurrentHashMap<>(4);
        return m;
    }

    /** A line that reads as story text: a sentence of six words or more, or a long paragraph. */
    public static boolean isBody(Line l) {
        return (l.terminal() && l.words() >= 6) || l.words() >= 25;
    }

    // Concurrent: the articles of a big cluster are judged side by side (RuleCleaner).
    private final Map<String, Object> memo = new ConcurrentHashMap<>();
    private final Map<String, Object>[] articleMemo;

    /**
     * A value computed once per cleaning run (e.g. a statistic a rule needs for every line). Rules
     * stay stateless; the context is made fresh for each cluster. Two threads asking at once may both
     * compute it; one value is kept and given to both.
     */
    public <T> T memo(String key, java.util.function.Supplier<T> compute) {
        return memo(memo, key, compute);
    }

    /**
     * A value about one article computed once per cleaning run (a per-article statistic a rule needs
     * for each of the article's lines): computed by the thread that judges the article, so articles
     * judged side by side never wait for each other.
     */
    public <T> T memo(String key, int article, java.util.function.Supplier<T> compute) {
        return memo(articleMemo[article], key, compute);
    }

    @SuppressWarnings("unchecked")
    private static <T> T memo(Map<String, Object> memo, String key, java.util.function.Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get(); // outside the map: a rule's value may itself ask for another one
            Object earlier = memo.putIfAbsent(key, v);
            if (earlier != null) v = earlier;
        }
        return (T) v;
    }

    public Cluster cluster() {
        return cluster;
    }

    public List<Line> lines(int article) {
        return lines.get(article);
    }

    /** The line before, or null. */
    public Line previous(Line l) {
        return l.index() > 0 ? lines.get(l.article()).get(l.index() - 1) : null;
    }

    /** The line after, or null. */
    public Line next(Line l) {
        List<Line> ls = lines.get(l.article());
        return l.index() + 1 < ls.size() ? ls.get(l.index() + 1) : null;
    }

    /** Number of articles of the cluster holding this exact line (compared by {@link Line#key()}). */
    public int articlesWith(Line l) {
        return articlesWithKey.getOrDefault(l.key(), 0);
    }

    /** True when the same line occurred earlier in the same article. */
    public boolean repeatsEarlier(Line l) {
        Integer first = firstIndex.get(l.article()).get(l.key());
        return first != null && first < l.index();
    }

    /** Index of the article's first story line ({@link #isBody}), or MAX_VALUE when none. */
    public int firstBody(int article) {
        return firstBody[article];
    }

    /** Index of the article's last story line, or -1 when none. */
    public int lastBody(int article) {
        return lastBody[article];
    }

    /** The article's title, in {@link Line#key()} form; "" when unknown. */
    public String titleKey(int article) {
        return titleKeys.get(article);
    }
}
