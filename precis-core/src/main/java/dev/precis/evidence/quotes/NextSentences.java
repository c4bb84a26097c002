package dev.precis.evidence.quotes;

import java.util.Map;

/**
 * The words after a quote that may credit it. A quotation closed by its own period ends the writer's sentence,
 * and a capitalised word after it opens the next one ("Mercer called Magerman and said, “... That’s ridiculous.”
 * Magerman insisted to Mercer that ..."): that sentence's subject credits nothing here when the quote opens its
 * sentence, or when the words before it already credit someone. Words before it that credit nobody ("accusing
 * Mercer of “...” He warned") leave the next sentence to be read, since it often goes on with the same speaker.
 */
final class NextSentences {
    private NextSentences() {
    }

    /** {@code tail}, or "" when it opens the writer's next sentence and the quote needs no credit from it. */
    static String credited(String line, int quoteEnd, String own, String tail, Map<String, String> longest, Speakers.Pronouns refs) {
        if (!Quotes.newSentence(line, quoteEnd, tail)) return tail;
        if (own.isBlank()) return "";
        String before = Speakers.creditBefore(own, "", longest, refs);
        return before != null && !before.isEmpty() ? "" : tail;
    }
}
