package dev.precis.evidence.align;

import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a summary sentence's fact another article's aligned sentence states: the share of
 * the sentence's term weight (TF-IDF) that the other sentence also carries, and none at all when
 * the other sentence lacks one of its numbers. An extra citation is kept only from
 * {@value #SAME_FACT}: below that the other article carries part of the fact, not the fact.
 */
public final class FactMatch {
    /**
     * The lowest match at which another article is cited as stating the same fact. The citations
     * judged partial or different crowd just above 0.6: on the tuning part of
     * labels/evidence/citations.jsonl, 0.6 keeps 35 same of 40 and 0.65 keeps 28 of 30.
     */
    public static final double SAME_FACT = 0.65;

    private FactMatch() {
    }

    /** A citation with how closely the cited sentence states the summary sentence's fact (1 for its own source). */
    public record Scored(Citation citation, double match) {
    }

    /** The source of {@code s}, then each aligned sentence of another article that states the same fact. */
    public static List<Scored> citations(ClusterText text, TermVectors v, Alignments aligned, Sentence s) {
        List<Scored> out = new ArrayList<>();
        out.add(new Scored(SupportFinder.citation(text, s), 1.0));
        for (int b : aligned.aligned(s.id())) {
            double m = match(text, v, s.id(), b);
            if (m >= SAME_FACT) out.add(new Scored(SupportFinder.citation(text, text.sentence(b)), m));
        }
        return out;
    }

    /** The weighted share of sentence {@code s}'s terms found in sentence {@code o}; 0 when a number of {@code s} is missing there. */
    static double match(ClusterText text, TermVectors v, int s, int o) {
        for (String n : SupportFinder.numberTerms(text.sentence(s))) {
            if (!text.sentence(o).terms().contains(n)) return 0;
        }
        int[] ts = v.termIds(s), to = v.termIds(o);
        double[] ws = v.weights(s);
        double all = 0, shared = 0;
        for (int i = 0; i < ts.length; i++) {
            all += ws[i];
            for (int t : to) {
                if (t == ts[i]) {
                    shared += ws[i];
                    break;
                }
            }
        }
        return all == 0 ? 0 : Math.round(shared / all * 1000) / 1000.0;
    }
}
