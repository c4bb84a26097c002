package dev.precis.model;

import java.util.List;

/**
 * One sentence of a cleaned article.
 *
 * @param id       index of the sentence in its {@link ClusterText} (0-based, cluster-wide)
 * @param article  index of its article in the cluster
 * @param position index of the sentence inside its article (0 = lead)
 * @param start    offset of the first character in the article's cleaned text
 * @param end      offset just past the last character
 * @param text     the sentence exactly as it stands in the cleaned text
 * @param words    word tokens (punctuation removed), original case; their count is the budget unit
 * @param terms    lower-cased, stop-word-free, stemmed terms used for similarity and scoring
 */
public record Sentence(int id, int article, int position, int start, int end, String text,
                       List<String> words, List<String> terms) {
    public Sentence {
        words = List.copyOf(words);
        terms = List.copyOf(terms);
    }

    public int wordCount() {
        return words.size();
    }
}
