package dev.precis.stories.store;

import dev.precis.model.Article;

/**
 * An article as the store keeps it: the source, its cleaned text, where it went and what the
 * grouper needs to continue after a restart.
 *
 * @param story   its story, or -1 when unassigned
 * @param noise   why it is unassigned, else null
 * @param indexed whether it entered the term statistics
 * @param terms   "term count" pairs, space-separated, terms sorted
 * @param sketch  the shingle sketch, space-separated hexadecimal
 */
public record StoredArticle(long seq, Article source, String cleanText, long story, String noise, boolean indexed,
                            String terms, String sketch) {
}
