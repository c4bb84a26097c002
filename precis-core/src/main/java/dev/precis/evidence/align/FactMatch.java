package dev.precis.evidence.align;

import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import dev.precis.segment.Tokens;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * How much of a summary sentence's fact another article's aligned sentence states: the share of
 * the sentence's term weight (TF-IDF) that the other sentence also carries, and none at all when
 * the other sentence lacks one of its numbers (in digits, or in words: {@link NumbersInWords}), one of its
 * {@link Clauses} or some of a {@link NamedSeries} of it. An extra citation is
 * kept only from {@value #SAME_FACT}: below that the other article carries part of the fact, not the fact.
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
        int[] others = aligned.aligned(s.id());
        if (others.length == 0) return out;
        Fact fact = Fact.of(text, v, s.id());
        for (int b : others) {
            double m = fact.match(text, v, b);
            if (m >= SAME_FACT) out.add(new Scored(SupportFinder.citation(text, text.sentence(b)), m));
        }
        return out;
    }

    /**
     * The weighted share of sentence {@code s}'s terms found in sentence {@code o}; 0 when a number of
     * {@code s} is missing there, or when {@code o} states next to nothing of one of the
     * {@link Clauses} of {@code s}, or names only some of a {@link NamedSeries} of it (the other
     * article carries only part of the fact).
     */
    static double match(ClusterText text, TermVectors v, int s, int o) {
        return Fact.of(text, v, s).match(text, v, o);
    }

    /**
     * Fewest terms a clause needs to count as a statement of its own: a shorter one ("Today," a
     * name alone) is a setting or an aside that a paraphrase may leave out.
     */
    static final int CLAUSE_TERMS = 3;
    /**
     * The share of a clause's term weight below which the other sentence does not state that clause.
     * A whole-sentence share cannot see a clause left out: a long clause stated word for word lifts
     * it over {@link #SAME_FACT} (0.68 to 0.77 for the four partial citations of the tuning part
     * that left out a statement: "...but this is where we part ways", "That doesn't just happen!",
     * "For about a decade it operated unhindered; ..."), where the clause left out shares 0 to 0.28
     * of its weight; each clause of every citation still kept on val-raw shares at least 0.5 of its own.
     */
    static final double CLAUSE_STATED = 0.3;

    /**
     * What the match reads of a summary sentence, read once for all the sentences aligned with it
     * (a sentence of a big cluster aligns with dozens, and its clauses come from the sentence model):
     * its number terms, its terms with their weights, the terms of each clause that counts as a
     * statement of its own (as indices into its terms), its named series and the numbers it writes in words.
     */
    private record Fact(List<String> numbers, int[] terms, double[] weights, List<int[]> clauses,
                        List<List<String>> series, List<Double> inWords) {

        static Fact of(ClusterText text, TermVectors v, int s) {
            String sentence = text.sentence(s).text();
            int[] ts = v.termIds(s);
            return new Fact(SupportFinder.numberTerms(text.sentence(s)), ts, v.weights(s), clauses(sentence, v, ts),
                    NamedSeries.of(sentence), NumbersInWords.of(sentence));
        }

        /** The clauses of at least {@link #CLAUSE_TERMS} terms, when the sentence has two clauses or more. */
        private static List<int[]> clauses(String sentence, TermVectors v, int[] ts) {
            List<String> clauses = Clauses.of(sentence);
            if (clauses.size() < 2) return List.of();
            List<int[]> out = new ArrayList<>();
            for (String clause : clauses) {
                List<Integer> at = new ArrayList<>();
                for (String term : new LinkedHashSet<>(Tokens.terms(clause))) {
                    int i = indexOf(ts, v.termId(term));
                    if (i >= 0) at.add(i);
                }
                if (at.size() >= CLAUSE_TERMS) out.add(at.stream().mapToInt(Integer::intValue).toArray());
            }
            return out;
        }

        double match(ClusterText text, TermVectors v, int o) {
            for (String n : numbers) {
                if (!text.sentence(o).terms().contains(n)) return 0;
            }
            if (!inWords.isEmpty() && !NumbersInWords.stated(text.sentence(o).text()).containsAll(inWords)) return 0;
            int[] to = v.termIds(o);
            boolean[] shared = new boolean[terms.length];
            double all = 0, found = 0;
            for (int i = 0; i < terms.length; i++) {
                all += weights[i];
                shared[i] = indexOf(to, terms[i]) >= 0;
                if (shared[i]) found += weights[i];
            }
            if (all == 0 || missesAClause(shared)) return 0;
            if (NamedSeries.namesOnlySome(series, text.sentence(o).text())) return 0;
            return Math.round(found / all * 1000) / 1000.0;
        }

        /** Whether a clause's terms marked {@code shared} hold less than {@value #CLAUSE_STATED} of its weight. */
        private boolean missesAClause(boolean[] shared) {
            for (int[] clause : clauses) {
                double all = 0, found = 0;
                for (int i : clause) {
                    all += weights[i];
                    if (shared[i]) found += weights[i];
                }
                if (found < CLAUSE_STATED * all) return true;
            }
            return false;
        }
    }

    private static int indexOf(int[] ids, int id) {
        if (id < 0) return -1;
        for (int i = 0; i < ids.length; i++) if (ids[i] == id) return i;
        return -1;
    }
}
