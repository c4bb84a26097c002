package dev.precis.evidence.align;

import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.Similarities;
import dev.precis.represent.Sizes;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.List;

/**
 * For every sentence, the sentence of each other article that best reports the same fact
 * ({@link SupportFinder#alignment}), found among the pairs that share a term. The pairwise alignment is the costly part of the evidence
 * stage, so it is made once per cluster and shared by corroboration, citations, facts and the
 * timeline.
 */
public final class Alignments {
    private final ClusterText text;
    private final int[][] best;

    private Alignments(ClusterText text, int[][] best) {
        this.text = text;
        this.best = best;
    }

    /** Alignments over every pair that shares a term (for tools and tests that have only the vectors). */
    public static Alignments of(ClusterText text, TermVectors v) {
        return of(text, v, Similarities.of(v));
    }

    /**
     * Alignments over the pairs of {@code similar}: a pair outside it has cosine 0, below
     * {@link SupportFinder#WEAK}, so it could not align anyway.
     */
    public static Alignments of(ClusterText text, TermVectors v, Similarities similar) {
        int n = text.size(), articles = text.articles().size();
        Sizes.product(n, articles, "sentence-article alignments");
        int[][] best = new int[n][articles];
        double[][] score = new double[n][articles];
        for (int[] row : best) java.util.Arrays.fill(row, -1);
        List<Sentence> all = text.sentences();
        int[][] numbers = new int[n][];
        for (Sentence s : all) numbers[s.id()] = SupportFinder.numberTermIds(v, s);
        SupportFinder.CommonTerms common = new SupportFinder.CommonTerms(text);
        // Candidates are visited in id order for every sentence, so ties go to the earliest sentence.
        for (int i = 0; i < n; i++) {
            Sentence a = all.get(i);
            for (int k = similar.start(i), e = similar.end(i); k < e; k++) {
                int j = similar.neighbour(k);
                if (j <= i) continue;
                Sentence b = all.get(j);
                if (a.article() == b.article()) continue;
                double s = SupportFinder.alignment(v, i, j, similar.weight(k), numbers, common);
                if (s <= 0) continue;
                if (s > score[i][b.article()]) {
                    score[i][b.article()] = s;
                    best[i][b.article()] = j;
                }
                if (s > score[j][a.article()]) {
                    score[j][a.article()] = s;
                    best[j][a.article()] = i;
                }
            }
        }
        return new Alignments(text, best);
    }

    /** Id of the best-aligned sentence of {@code article} for sentence {@code s}, or -1. */
    int best(int s, int article) {
        return best[s][article];
    }

    /** The whole table: one row per sentence, one column per article, -1 where nothing aligns. */
    public int[][] table() {
        return best;
    }

    /**
     * For every sentence, the number of articles that carry its fact, its own included (1 = only
     * its own article).
     */
    public int[] supportCounts() {
        int[] counts = new int[best.length];
        for (int s = 0; s < best.length; s++) {
            counts[s] = 1;
            for (int b : best[s]) if (b >= 0) counts[s]++;
        }
        return counts;
    }

    /** Citations of the best-aligned sentence in each other article, in article order. */
    public List<Citation> citations(Sentence s) {
        List<Citation> out = new ArrayList<>();
        for (int a = 0; a < best[s.id()].length; a++) {
            int b = best[s.id()][a];
            if (b >= 0) out.add(SupportFinder.citation(text, text.sentence(b)));
        }
        return out;
    }
}
