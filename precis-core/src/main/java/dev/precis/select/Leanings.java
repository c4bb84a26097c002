package dev.precis.select;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.Arrays;

/**
 * {@link Leaning#on} for the sentences of one cluster, each worked out the first time selection or
 * ordering asks for it and then kept: selection asks for every candidate, ordering again for the
 * chosen ones, and the regexes behind it are most of selection's cost in a big cluster.
 */
public final class Leanings {
    /** The cluster's leanings, shared by selection and ordering. */
    public static final ClusterAnalysis.Key<Leanings> OF_CLUSTER = ClusterAnalysis.Key.of("leanings", a -> new Leanings(a.text(), a.get(CasedArticles.OF_CLUSTER)));

    private static final int UNKNOWN = Integer.MIN_VALUE;

    private final ClusterText text;
    /** Per sentence id. Two threads that ask at once at worst both work it out: an int is written whole and the answer is the same. */
    private final int[] on;
    private final CasedArticles cased;

    public Leanings(ClusterText text) {
        this(text, new CasedArticles(text));
    }

    private Leanings(ClusterText text, CasedArticles cased) {
        this.text = text;
        this.on = new int[text.size()];
        Arrays.fill(on, UNKNOWN);
        this.cased = cased;
    }

    /** {@link Leaning#ALONE}, {@link Leaning#NEVER}, or the id of the sentence {@code s} leans on. */
    public int on(Sentence s) {
        int known = on[s.id()];
        if (known == UNKNOWN) {
            known = Leaning.on(text, s, cased);
            on[s.id()] = known;
        }
        return known;
    }
}
