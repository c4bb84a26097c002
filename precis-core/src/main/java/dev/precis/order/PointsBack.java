package dev.precis.order;

import java.util.regex.Pattern;

/**
 * Phrases that point back to something the reader is expected to have met already, wherever they
 * stand in a sentence (a definite subject is {@link dev.precis.select.DefiniteOpening}'s): a thing
 * judged by name ("... called the work an “insult.”", "described the move as ..."), which reports a
 * reaction to something told before. A summary does not open with such a sentence.
 *
 * <p>A definite count ("the four statues") was tried as a signal too and left out: it as often
 * counts what the same sentence has just named ("Japan and the US ... the two countries").
 */
final class PointsBack {
    /** A naming verb whose object is a bare definite noun, then what it is called. */
    private static final Pattern JUDGED = Pattern.compile(
            "\\b(?:called|calls|described|describes|dubbed|dubs|branded|brands|labell?ed|labels|termed|terms)"
                    + "\\s+the\\s+(?:[a-z][\\w’'-]*\\s+){0,2}?[a-z][\\w’'-]*\\s+(?:a|an|as)\\b"
                    + "|\\b(?:called|calls|dubbed|dubs|branded|brands|labell?ed|labels|termed|terms)"
                    + "\\s+the\\s+(?:[a-z][\\w’'-]*\\s+){0,2}?[a-z][\\w’'-]*\\s+[\"“‘']");

    private PointsBack() {
    }

    /** Whether {@code sentence} names a judged thing by a bare definite phrase. */
    static boolean in(String sentence) {
        return JUDGED.matcher(sentence).find();
    }
}
