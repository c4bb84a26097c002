/**
 * Measuring: ROUGE exactly as ROUGE-1.5.5 computes it, and the greedy oracle.
 *
 * <ul>
 *   <li>{@link dev.precis.eval.Rouge} with {@link dev.precis.eval.RougeOptions} gives
 *       {@link dev.precis.eval.RougeScores} (ROUGE-1, -2, -L, -SU4); prepare a reference once with
 *       {@link dev.precis.eval.Rouge#reference(java.util.List)} to score many summaries against it.</li>
 *   <li>{@link dev.precis.eval.Oracle}: greedy ROUGE-1 + ROUGE-2 F1 oracle under a word budget, with
 *       each sentence's own ROUGE-1/-2 recall, for training labels.</li>
 *   <li>{@link dev.precis.eval.SummaryFiles}: {@code {"id","summary"}} JSON Lines.</li>
 * </ul>
 *
 * <p>What it takes to match ROUGE-1.5.5 to the last printed decimal (all 190 reference pairs in
 * four configurations, {@code RougeReferenceTest}), beyond the obvious:
 * <ul>
 *   <li>"-" becomes " - " before tokenising, so hyphenated words are two tokens; only tokens that
 *       start with a letter or digit count, so tokens are runs of ASCII letters and digits; text is
 *       bytes, so "é" or a curly quote is a separator.</li>
 *   <li>{@code -l N} counts blank-separated words of the raw text (punctuation-only words such as
 *       "–" count); {@code -b N} counts UTF-8 bytes, not the blanks joining sentences; for ROUGE-L
 *       ROUGE-1.5.5 never advances its byte count, so under {@code -b} ROUGE-L keeps every sentence
 *       shorter than N bytes up to the first longer one.</li>
 *   <li>ROUGE-N and ROUGE-SU run over the summary as one stream (across sentence ends); ROUGE-SU's
 *       unigrams leave out the last token.</li>
 *   <li>{@code -m}: WordNet exception lists first (read adv before adj), then ROUGE-1.5.5's Porter
 *       stemmer, which differs from Lucene's in Step 4 ({@code agreement → agreem}); tokens of 3
 *       characters or fewer are not stemmed.</li>
 *   <li>F is computed from recall and precision already rounded to 5 decimals.</li>
 * </ul>
 */
package dev.precis.eval;
