package dev.precis.eval;

import dev.precis.ingest.MultiNews;
/** Normalises a human reference summary before scoring. */
public final class ReferenceText {
    private ReferenceText() {
    }

    /**
     * Multi-News references open with the editors' dash ("– "); it carries no words for ROUGE, but
     * dropping it keeps the first sentence clean for the sentence detector. Multi-News line tokens
     * become line breaks.
     */
    public static String clean(String reference) {
        String r = MultiNews.lineBreaks(reference).strip();
        if (r.startsWith("–") || r.startsWith("-")) r = r.substring(1).strip();
        return r;
    }
}
