package dev.precis.evidence.quotes;

/**
 * A quotation running over several paragraphs: each but the last opens on a quote mark and is left open ("In a statement,
 * the Department said: “There is ... ¶ “It does affect ... ¶ “This included ...”"). The paragraph that opens it must be read
 * when the chain of open paragraphs after it ends in a quote, however many paragraphs the chain runs over; before, only
 * the paragraph just before a quote was, and a statement of four paragraphs lost its speaker.
 */
final class ContinuedQuotes {
    private ContinuedQuotes() {
    }

    /**
     * Whether paragraph {@code next}, whose own reading is {@code nextReads}, carries on a quotation the paragraph before
     * it left open: it opens on a quote mark (no words of the writer's before it) and is itself read.
     */
    static boolean carries(String next, boolean nextReads) {
        if (!nextReads) return false;
        String s = next.stripLeading();
        return !s.isEmpty() && (s.charAt(0) == '“' || s.charAt(0) == '"');
    }
}
