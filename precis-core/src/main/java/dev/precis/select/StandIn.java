package dev.precis.select;

import dev.precis.lexicon.Quotations;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

import java.util.function.IntPredicate;

/**
 * A chosen sentence that says what a leaning sentence's support says, mostly another article's ("Mayor
 * Jane Smith opened the bridge on Monday." in one article, the same in another followed by "She called
 * it a triumph."): read right after it, the leaning sentence finds what it leans on, so selection need
 * not bring the support, which it would refuse anyway as repeating the chosen sentence. Any chosen
 * sentence that stands alone qualifies, of the leaning sentence's own article too: what it says, not
 * where it stands, is what the leaning sentence needs. A sentence
 * that carries on a quotation begun before it (inside a quotation its paragraph left open, or closing
 * one it did not open) never qualifies: its words would land in the mouth of whoever the stand-in
 * quotes. (Letting those in too gained val-raw ROUGE-2 0.0013 more, with summaries such as a
 * tweet's "Thank you for your service sir." after another outlet's quotation of the tweet.)
 */
public final class StandIn {
    /**
     * The cosine at which a chosen sentence says what the support says: MMR's redundancy threshold,
     * at which selection would refuse the support as a repeat.
     */
    public static final double MIN_COSINE = MmrSelector.DEFAULT_REDUNDANCY;

    private StandIn() {
    }

    /** Whether another article's sentence may stand in for the one {@code s} leans on: {@code s} does not carry on a quotation begun before it. */
    static boolean mayUse(ClusterText text, Sentence s) {
        return QuoteMarks.quoteBalance(s.text()) >= 0 && !Quotations.openOnLine(text.articles().get(s.article()).text(), s.start());
    }

    /**
     * The chosen sentence that stands in for {@code support}, the sentence {@code s} leans on: the
     * one most like it at {@link #MIN_COSINE} or more among those {@code chosen} accepts (ids of
     * chosen sentences that stand alone), or -1.
     */
    public static int of(ClusterText text, TermVectors vectors, Sentence s, int support, int[] chosen, int count, IntPredicate alone) {
        if (!mayUse(text, s)) return -1;
        int best = -1;
        double bestCosine = MIN_COSINE;
        for (int k = 0; k < count; k++) {
            int c = chosen[k];
            if (c == s.id() || !alone.test(c)) continue;
            double cosine = vectors.cosine(c, support);
            if (cosine >= bestCosine) {
                bestCosine = cosine;
                best = c;
            }
        }
        return best;
    }
}
