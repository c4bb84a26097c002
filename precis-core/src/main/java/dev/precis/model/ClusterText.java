package dev.precis.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A cluster after cleaning and segmentation: the shared input of every scorer, selector and
 * evidence stage.
 */
public final class ClusterText {
    private final Cluster cluster;
    private final List<CleanArticle> articles;
    private final List<Sentence> sentences;
    private final List<List<Sentence>> byArticle;

    public ClusterText(Cluster cluster, List<CleanArticle> articles, List<Sentence> sentences) {
        this.cluster = cluster;
        this.articles = List.copyOf(articles);
        this.sentences = List.copyOf(sentences);
        List<List<Sentence>> groups = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) groups.add(new ArrayList<>());
        for (Sentence s : sentences) groups.get(s.article()).add(s);
        List<List<Sentence>> frozen = new ArrayList<>();
        for (List<Sentence> g : groups) frozen.add(Collections.unmodifiableList(g));
        this.byArticle = Collections.unmodifiableList(frozen);
    }

    public Cluster cluster() { return cluster; }
    public List<CleanArticle> articles() { return articles; }
    public List<Sentence> sentences() { return sentences; }
    public Sentence sentence(int id) { return sentences.get(id); }
    public List<Sentence> sentencesOf(int article) { return byArticle.get(article); }
    public int size() { return sentences.size(); }

    /** Number of articles that kept at least one sentence after cleaning. */
    public int contributingArticles() {
        int n = 0;
        for (List<Sentence> g : byArticle) if (!g.isEmpty()) n++;
        return n;
    }
}
