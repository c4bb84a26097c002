package dev.precis.model;

import java.util.List;

/**
 * The result for one cluster: the chosen sentences in reading order, the cleaned articles they cite,
 * and the cross-source evidence (empty when evidence is turned off).
 */
public record Summary(String clusterId, String algorithm, List<SummarySentence> sentences,
                      List<CleanArticle> articles, Evidence evidence) {
    public Summary {
        sentences = List.copyOf(sentences);
        articles = List.copyOf(articles);
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    public int wordCount() {
        int n = 0;
        for (SummarySentence s : sentences) n += s.text().trim().split("\\s+").length;
        return n;
    }
}
