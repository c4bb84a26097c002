package dev.precis.lexicon;

import java.util.regex.Pattern;

/**
 * Whether a text keeps capitals inside its sentences. Lower-cased corpora keep only each sentence's first
 * capital, so a rule that reads a capitalised word as a name would find none there, or only openings: such
 * rules ask this first. One test for the selection's and the quote finder's rules alike.
 */
public final class Capitals {
    /** A lower-case letter or comma, a space and a capital: a name within a sentence, which lower-cased text lacks. */
    private static final Pattern NAME_INSIDE = Pattern.compile("[a-z,] \\p{Lu}");

    private Capitals() {
    }

    /** Whether {@code text} has a capitalised word inside a sentence (after a lower-case letter or a comma). */
    public static boolean insideSentences(CharSequence text) {
        return NAME_INSIDE.matcher(text).find();
    }
}
