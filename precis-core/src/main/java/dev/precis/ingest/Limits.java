package dev.precis.ingest;

/**
 * Size limits that keep reading bounded in time and memory whatever the input.
 * News puts the story first, so an over-long article keeps its head.
 */
public final class Limits {
    /** Characters kept of one article's text; the rest is not read. */
    public static final int MAX_ARTICLE_CHARS = 200_000;
    /**
     * Characters of one HTML file handed to the HTML parser; the rest is not read. Pages carry megabytes
     * of inline script and JSON before the story, so this bounds markup generously; the article text
     * taken from the page is capped at {@link #MAX_ARTICLE_CHARS} like any other.
     */
    public static final int MAX_HTML_CHARS = 16_000_000;
    /** Articles in one cluster; a larger cluster gets an error (one story rarely has more). */
    public static final int MAX_ARTICLES = 2_000;
    /** Characters of story text in one cluster, all articles together. */
    public static final int MAX_CLUSTER_CHARS = 20_000_000;
    /** Bytes of one JSONL line; a longer line becomes an error record for that line. */
    public static final int MAX_JSONL_LINE_BYTES = 16 * 1024 * 1024;
    /** Bytes sniffed at the start of a file to tell text from binary. */
    static final int SNIFF_BYTES = 8192;

    private Limits() {
    }
}
