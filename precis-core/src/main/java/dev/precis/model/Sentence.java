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
 * @param lowerWords the words lower-cased ({@link java.util.Locale#ROOT}), one for one
 * @param terms    lower-cased, stop-word-free, stemmed terms used for similarity and scoring
 */
public record Sentence(int id, int article, int position, int start, int end, String text,
                       List<String> words, List<String> lowerWords, List<String> terms) {
    public Sentence {
        words = List.copyOf(words);
        lowerWords = List.copyOf(lowerWords);
        terms = List.copyOf(terms);
        if (lowerWords.size() != words.size()) throw new IllegalArgumentException("one lower-cased word per word");
    }

    /** The same sentence under another cluster-wide id (after sentences before it were added or left out). */
    public Sentence withId(int newId) {
        return new Sentence(newId, article, position, start, end, text, words, lowerWords, terms);
    }

    public int wordCount() {
        return words.size();
    }
}
