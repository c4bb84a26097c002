/**
 * What the sources say together.
 *
 * <ul>
 *   <li>{@link dev.precis.evidence.align.SupportFinder}: the sentences of other articles that report the
 *       same fact as a given sentence (also used to cite every article carrying a summary sentence).</li>
 *   <li>{@link dev.precis.evidence.DefaultEvidenceFinder}: facts (paraphrase groups with support),
 *       disagreements (quantities reported differently, {@link dev.precis.evidence.quantities.Disagreements};
 *       one event given different dates, {@link dev.precis.evidence.dates.DateDisagreements}), quotes with
 *       speakers ({@link dev.precis.evidence.quotes.Quotes}, "he"/"she" resolved with the gender cues the
 *       cluster itself gives), and a timeline.</li>
 * </ul>
 * All rules are precision-first: a missed disagreement costs less than an invented one. Every
 * citation points at exact character offsets in the article's cleaned text.
 */
package dev.precis.evidence;
