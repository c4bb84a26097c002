package dev.precis.ingest;

import java.util.regex.Pattern;

/**
 * Multi-News' conventions, in one place for every reader of its text (articles, references): the
 * {@code |||||} between a cluster's articles and the literal {@code NEWLINE_CHAR} token for a line break.
 */
public final class MultiNews {
    /** Joins the articles of a cluster in one string. */
    public static final String SEPARATOR = "|||||";
    /** Stands for a line break. */
    public static final String NEWLINE = "NEWLINE_CHAR";
    static final Pattern SEPARATOR_PATTERN = Pattern.compile(Pattern.quote(SEPARATOR));
    private static final Pattern NEWLINE_TOKEN = Pattern.compile("[ \\t]*" + NEWLINE + "[ \\t]*");

    private MultiNews() {
    }

    /** The text with each {@code NEWLINE_CHAR} token (and the spaces around it) made a real line break. */
    public static String lineBreaks(String text) {
        return text.indexOf(NEWLINE) >= 0 ? NEWLINE_TOKEN.matcher(text).replaceAll("\n") : text;
    }
}
