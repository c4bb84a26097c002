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
        for (int[] row : best) java.util.Arrays.fill(row, -1);
        List<Sentence> all = text.sentences();
        int[][] numbers = new int[n][];
        for (Sentence s : all) numbers[s.id()] = SupportFinder.numberTermIds(v, s);
        SupportFinder.CommonTerms common = new SupportFinder.CommonTerms(text);
        // Each pair is weighed once; the few that align are kept for both their sentences, so no
        // sentences × articles table of scores is held (53 MB for 500 articles).
        Aligned aligned = new Aligned(n);
        int[] article = new int[n];
        for (Sentence s : all) article[s.id()] = s.article();
        // Most of a big cluster's pairs are weaker than any alignment, so the cosine is tested
        // before anything that reads the sentences; a row's later neighbours are found by search.
        for (int i = 0; i < n; i++) {
            if (!SupportFinder.longEnough(v, i)) continue;
            for (int k = similar.firstAfter(i), e = similar.end(i); k < e; k++) {
                double cos = similar.weight(k);
                if (cos < SupportFinder.WEAK) continue;
                int j = similar.neighbour(k);
                if (article[i] == article[j]) continue;
                double s = SupportFinder.alignment(v, i, j, cos, numbers, common);
                if (s > 0) aligned.add(i, j, s);
            }
        }
        aligned.index();
        // Each sentence's aligned partners come in id order, so ties go to the earliest sentence.
        double[] score = new double[articles];
        for (int i = 0; i < n; i++) {
            for (int p = aligned.start(i); p < aligned.end(i); p++) {
                int j = aligned.partner(p), b = all.get(j).article();
                if (aligned.score(p) > score[b]) {
                    score[b] = aligned.score(p);
                    best[i][b] = j;
                }
            }
            for (int p = aligned.start(i); p < aligned.end(i); p++) score[all.get(aligned.partner(p)).article()] = 0;
        }
        return new Alignments(text, best);
    }

    /**
     * The aligned pairs with their scores, each listed under both its sentences. Pairs arrive by
     * their first sentence, then their second, in increasing order, so after {@link #index} every
     * sentence's partners are in increasing id order: the earlier ones (from rows read before its
     * own), then the later ones.
     */
    private static final class Aligned {
        private final int[] count;
        private int[] first = new int[64], second = new int[64];
        private double[] scores = new double[64];
        private int size;
        private int[] start, partners;
        private double[] partnerScores;

        Aligned(int n) {
            count = new int[n];
        }

        void add(int i, int j, double s) {
            if (size == first.length) {
                int length = Sizes.arrayLength(2L * size, "aligned sentence pairs");
                first = java.util.Arrays.copyOf(first, length);
                second = java.util.Arrays.copyOf(second, length);
                scores = java.util.Arrays.copyOf(scores, length);
            }
            first[size] = i;
            second[size] = j;
            scores[size++] = s;
            count[i]++;
            count[j]++;
        }

        void index() {
            int n = count.length;
            start = new int[n + 1];
            for (int i = 0; i < n; i++) start[i + 1] = start[i] + count[i];
            int[] fill = java.util.Arrays.copyOf(start, n);
            partners = new int[start[n]];
            partnerScores = new double[start[n]];
            for (int p = 0; p < size; p++) {
                partners[fill[first[p]]] = second[p];
                partnerScores[fill[first[p]]++] = scores[p];
                partners[fill[second[p]]] = first[p];
                partnerScores[fill[second[p]]++] = scores[p];
            }
        }

        int start(int i) { return start[i]; }
        int end(int i) { return start[i + 1]; }
        int partner(int p) { return partners[p]; }
        double score(int p) { return partnerScores[p]; }
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
