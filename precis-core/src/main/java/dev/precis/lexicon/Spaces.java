package dev.precis.lexicon;

import java.util.regex.Pattern;

/**
 * Runs of white space, with the pattern compiled once: String's split and replaceAll compile
 * theirs on every call, and the cleaner, the name finder and the quote finder split words that way
 * for every line and name.
 */
public final class Spaces {
    public static final Pattern RUN = Pattern.compile("\\s+");

    private Spaces() {
    }

    /** The words of {@code text} between runs of white space, as {@link String#split} on them gives. */
    public static String[] split(String text) {
        return RUN.split(text);
    }

    /** {@code text} with each run of white space made one space. */
    public static String collapse(String text) {
        return RUN.matcher(text).replaceAll(" ");
    }
}
