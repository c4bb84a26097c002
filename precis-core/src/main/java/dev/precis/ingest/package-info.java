/**
 * Readers that turn inputs into {@link dev.precis.model.Cluster}s.
 * <p>The front door is {@link dev.precis.ingest.Sources#open(java.nio.file.Path)}: a folder of
 * {@code .txt}/{@code .html} articles, a single article file, or a JSONL file (plain or gzipped)
 * with one cluster a line, in the project's form ({@code {"id", "documents": [...], "summary"}})
 * or Multi-News' ({@code |||||} between articles, {@code NEWLINE_CHAR} for line breaks).
 * <p>Reading is bounded whatever the input: articles keep their first
 * {@link dev.precis.ingest.Limits#MAX_ARTICLE_CHARS} characters and the rest is not read; JSONL is
 * streamed and an over-long or malformed line becomes an error record, not an exception. Unusable
 * input raises {@link dev.precis.model.BadInputException} with a one-line message naming the path.
 */
package dev.precis.ingest;
