package dev.precis.evidence.align;

import dev.precis.segment.OpenNlpSegmenter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a sentence that each state something of their own: the sentences a quotation of
 * several sentences is made of ("... at record levels. Stock Market at an all-time high. That
 * doesn't just happen!” he tweeted"), each cut where one statement ends and another begins: at a
 * semicolon, an ellipsis ("at Oculus…but this is where we part ways"), and a comma before "but" or
 * before "and" with a new subject ("..., and we are working with ..."). A sentence of another
 * article that states only some of these parts states part of the fact, not the fact.
 */
final class Clauses {
    /**
     * Where a new statement starts inside a sentence. A plain ", and" is left alone: it mostly
     * joins the items of a list ("spinach, peas, and broccoli"), which are one statement.
     */
    private static final Pattern CUT = Pattern.compile(
            ";|…|\\.\\.\\.|,\\s+(?=but\\s)|,\\s+(?=and\\s+(?:we|he|she|they|I|it|you)\\s)");

    private Clauses() {
    }

    /** The parts of {@code sentence}, in order; the sentence alone when nothing cuts it. */
    static List<String> of(String sentence) {
        List<String> out = new ArrayList<>();
        for (String piece : OpenNlpSegmenter.modelSentences(sentence)) {
            for (String part : CUT.split(piece)) {
                if (!part.isBlank()) out.add(part.strip());
            }
        }
        return out;
    }
}
