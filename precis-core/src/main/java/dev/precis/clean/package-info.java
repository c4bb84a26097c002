/**
 * Removing what is not the story, explainably.
 * <p>{@link dev.precis.clean.RuleCleaner} splits each article into lines and runs a chain of small
 * stages over them, in the manner of Lucene's analysis chain: {@link dev.precis.clean.PrefixRule}s
 * cut debris glued before the text (a dateline or wire tag, a speaker label, a bullet, page
 * controls, a byline, a credited caption, a headline printed twice; they may stack, "- (AP) — "),
 * then each {@link dev.precis.clean.LineRule} may drop the whole line with a reason. Rules judge a line by its shape (length, sentence punctuation,
 * case, separators), its position (before the story starts, after it ends, next to a caption), its
 * repetition (the title again, a line repeated in the article or across several outlets' pages)
 * and small vocabularies of generic web words (share, advertisement, cookie, crawl...).
 * The standard chain is {@link dev.precis.clean.Rules#standard()}; a new behaviour is a new rule.
 * <p>Multi-News paragraphs often run a caption, an embed or a credit into story text on one line.
 * The rules that need nothing but the text ({@link dev.precis.clean.Rules#contextFree()}) are also
 * run by the segmenter on each sentence of a paragraph that holds several.
 * <p>Every removal is a {@link dev.precis.model.Drop} with a short kebab-case rule id and a
 * readable reason; {@link dev.precis.clean.RuleCleaner#explain} prints them one a line.
 */
package dev.precis.clean;

import dev.precis.clean.rules.Rules;
