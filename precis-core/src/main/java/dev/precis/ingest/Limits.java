package dev.precis.ingest;

/**
 * Size limits that keep reading bounded in time and memory whatever the input.
 * News puts the story first, so an over-long article keeps its head.
 */
public final class Limits {
    /** Characters kept of one article's text; the rest is not read. */
    public static final int MAX_ARTICLE_CHARS = 200_000;
    /** Characters of one HTML file handed to the HTML parser; the rest is not read. */
    public static final int MAX_HTML_CHARS = 2_000_000;
    /** Bytes of one JSONL line; a longer line becomes an error record for that line. */
    public static final int MAX_JSONL_LINE_BYTES = 16 * 1024 * 1024;
    /** Bytes sniffed at the start of a file to tell text from binary. */
    static final int SNIFF_BYTES = 8192;

    private Limits() {
    }
}
