package dev.precis.score.learned;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.Similarities;

import java.util.Arrays;
import java.util.List;

/** What several feature groups read about one cluster, counted once. */
final class ClusterCounts {
    final List<Sentence> sentences;
    final int size;
    final int articles;
    /** Articles with at least one sentence. */
    final int contributing;
    final int[] articleSentences;
    final int[] articleWords;
    /** Id of each article's first sentence; -1 for an article without sentences. */
    final int[] firstOf;
    final int totalWords;
    /** Each sentence's words, lower-cased: the matching that must survive lower-cased training text. */
    final String[][] lower;
    /** Cosine similarity of the sentences' term vectors, sparse rows. */
    final Similarities similarity;

    ClusterCounts(ClusterText text, Similarities similarity) {
        sentences = text.sentences();
        size = text.size();
        articles = text.articles().size();
        contributing = text.contributingArticles();
        articleSentences = new int[articles];
        articleWords = new int[articles];
        firstOf = new int[articles];
        Arrays.fill(firstOf, -1);
        int words = 0;
        for (Sentence s : sentences) {
            articleSentences[s.article()]++;
            articleWords[s.article()] += s.wordCount();
            if (firstOf[s.article()] < 0) firstOf[s.article()] = s.id();
            words += s.wordCount();
        }
        totalWords = words;
        lower = new String[size][];
        for (int i = 0; i < size; i++) lower[i] = sentences.get(i).lowerWords().toArray(String[]::new);
        this.similarity = similarity;
    }
}
