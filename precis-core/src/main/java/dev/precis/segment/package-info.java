/**
 * Sentences, words and terms of cleaned articles.
 *
 * <p>{@link dev.precis.segment.OpenNlpSegmenter} splits each line (paragraph) of the cleaned text
 * with OpenNLP's English sentence model, then undoes the model's splits after news abbreviations
 * ({@code abbreviations.txt}: titles, months, "U.S.", "a.m.", initials). {@link dev.precis.segment.Tokens}
 * gives word tokens (Lucene StandardTokenizer, original case) and terms (lowercase, English
 * possessive, English stop words, Porter stemmer). Offsets always satisfy
 * {@code text.substring(start, end).equals(sentence.text())}.
 */
package dev.precis.segment;

