package dev.precis.evidence.align;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.Similarities;
import dev.precis.represent.Sizes;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For every sentence, the sentence of each other article that best reports the same fact
 * ({@link SupportFinder#alignment}), found among the pairs that share a term. The pairwise alignment is the costly part of the evidence
 * stage, so it is made once per cluster and shared by corroboration, citations, facts and the
 * timeline.
 */
public final class Alignments {
    private final ClusterText text;
    /**
     * Sentence {@code s}'s alignments are the entries {@code start[s]} to {@code start[s + 1]} of
     * {@code articles} (increasing) and {@code sentences}: a sentence aligns in a few articles, so a
     * sentences × articles table would be mostly empty (26 MB for 500 articles).
     */
    private final int[] start;
    private final int[] articles;
    private final int[] sentences;

    private Alignments(ClusterText text, int[] start, int[] articles, int[] sentences) {
        this.text = text;
        this.start = start;
        this.articles = articles;
        this.sentences = sentences;
    }

    /** The analysis' value: made once per cluster, on first use, and shared by every stage that asks. */
    private static final ClusterAnalysis.Key<Alignments> KEY =
            ClusterAnalysis.Key.of("alignments", a -> of(a.text(), a.vectors(), a.similarities()));

    /** The analysed cluster's alignments, made on first use and then shared. */
    public static Alignments of(ClusterAnalysis analysis) {
        return analysis.get(KEY);
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
        int n = text.size();
        Sizes.product(n, text.articles().size(), "sentence-article alignments");
        List<Sentence> all = text.sentences();
        int[][] numbers = new int[n][];
        for (Sentence s : all) numbers[s.id()] = SupportFinder.numberTermIds(v, s);
        int[] article = new int[n];
        for (Sentence s : all) article[s.id()] = s.article();
        // Each pair is weighed once; the few that align are kept for both their sentences, so no
        // sentences × articles table of scores is held (53 MB for 500 articles).
        Aligned aligned = new Aligned(n);
        for (int i = 0; i < n; i++) {
            if (SupportFinder.longEnough(v, i)) alignRow(i, v, similar, article, numbers, aligned);
        }
        aligned.decide(new SupportFinder.CommonTerms(text, aligned.undecided()));
        aligned.index();
        return best(text, article, aligned);
    }

    /**
     * Weighs sentence {@code i} against its later neighbours. Most of a big cluster's pairs are
     * weaker than any alignment, so the cosine is tested before anything that reads the sentences.
     * A method of its own so that the JIT compiles this loop alone, not inside the whole build.
     */
    private static void alignRow(int i, TermVectors v, Similarities similar, int[] article, int[][] numbers, Aligned aligned) {
        for (int k = similar.firstAfter(i), e = similar.end(i); k < e; k++) {
            double cos = similar.weight(k);
            if (cos < SupportFinder.WEAK) continue;
            int j = similar.neighbour(k);
            if (article[i] == article[j]) continue;
            double s = SupportFinder.byCosine(v, i, j, cos, numbers[i], numbers[j]);
            if (s == SupportFinder.UNDECIDED) aligned.add(i, j, -cos);
            else if (s > 0) aligned.add(i, j, s);
        }
    }

    /** Each sentence's best-scored partner in each article; partners come in id order, so ties go to the earliest. */
    private static Alignments best(ClusterText text, int[] article, Aligned aligned) {
        int n = article.length;
        double[] score = new double[text.articles().size()];
        int[] bestOf = new int[score.length];
        int[] touched = new int[score.length];
        int[] start = new int[n + 1];
        int[] articles = new int[aligned.entries()];
        int[] sentences = new int[articles.length];
        int size = 0;
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int p = aligned.start(i); p < aligned.end(i); p++) {
                int j = aligned.partner(p), b = article[j];
                if (score[b] == 0) touched[count++] = b;
                if (aligned.score(p) > score[b]) {
                    score[b] = aligned.score(p);
                    bestOf[b] = j;
                }
            }
            Arrays.sort(touched, 0, count);
            for (int c = 0; c < count; c++) {
                articles[size] = touched[c];
                sentences[size++] = bestOf[touched[c]];
                score[touched[c]] = 0;
            }
            start[i + 1] = size;
        }
        return new Alignments(text, start, Arrays.copyOf(articles, size), Arrays.copyOf(sentences, size));
    }

    /**
     * The aligned pairs with their scores, each listed under both its sentences. Pairs arrive by
     * their first sentence, then their second, in increasing order, so after {@link #index} every
     * sentence's partners are in increasing id order: the earlier ones (from rows read before its
     * own), then the later ones.
     */
    private static final class Aligned {
        private final int[] count;
        /** The sentences of the pairs still undecided, marked as those pairs are added. */
        private final boolean[] undecided;
        private int[] first = new int[64], second = new int[64];
        private double[] scores = new double[64];
        private int size;
        private int[] start, partners;
        private double[] partnerScores;

        Aligned(int n) {
            count = new int[n];
            undecided = new boolean[n];
        }

        /** Adds pair {@code i}, {@code j} with its score, or with its cosine negated while it is undecided. */
        void add(int i, int j, double s) {
            if (size == first.length) {
                int length = Sizes.arrayLength(2L * size, "aligned sentence pairs");
                first = Arrays.copyOf(first, length);
                second = Arrays.copyOf(second, length);
                scores = Arrays.copyOf(scores, length);
            }
            first[size] = i;
            second[size] = j;
            scores[size++] = s;
            count[i]++;
            count[j]++;
            if (s < 0) {
                undecided[i] = true;
                undecided[j] = true;
            }
        }

        /** The sentences of the pairs still undecided (kept with their cosine negated). */
        boolean[] undecided() {
            return undecided;
        }

        /**
         * Decides the undecided pairs by their shared common terms, analysed once per sentence after
         * the walk over the pairs rather than on first use inside it: so the JIT compiles that walk
         * without the whole analyser inlined into it (60 kB of machine code, compiled while a big
         * cluster is summarised). The pairs keep their order.
         */
        void decide(SupportFinder.CommonTerms common) {
            int kept = 0;
            for (int p = 0; p < size; p++) {
                double s = scores[p];
                if (s < 0) s = SupportFinder.sharesCommonTerms(common, first[p], second[p]) ? -s : 0;
                if (s > 0) {
                    first[kept] = first[p];
                    second[kept] = second[p];
                    scores[kept++] = s;
                } else {
                    count[first[p]]--;
                    count[second[p]]--;
                }
            }
            size = kept;
        }

        void index() {
            int n = count.length;
            start = new int[n + 1];
            for (int i = 0; i < n; i++) start[i + 1] = start[i] + count[i];
            int[] fill = Arrays.copyOf(start, n);
            partners = new int[start[n]];
            partnerScores = new double[start[n]];
            for (int p = 0; p < size; p++) {
                partners[fill[first[p]]] = second[p];
                partnerScores[fill[first[p]]++] = scores[p];
                partners[fill[second[p]]] = first[p];
                partnerScores[fill[second[p]]++] = scores[p];
            }
        }

        int entries() { return start[start.length - 1]; }
        int start(int i) { return start[i]; }
        int end(int i) { return start[i + 1]; }
        int partner(int p) { return partners[p]; }
        double score(int p) { return partnerScores[p]; }
    }

    /** Id of the best-aligned sentence of {@code article} for sentence {@code s}, or -1. */
    public int best(int s, int article) {
        int k = Arrays.binarySearch(articles, start[s], start[s + 1], article);
        return k < 0 ? -1 : sentences[k];
    }

    /** The best-aligned sentence of each other article where sentence {@code s} aligns, in article order. */
    public int[] aligned(int s) {
        return Arrays.copyOfRange(sentences, start[s], start[s + 1]);
    }

    /**
     * For every sentence, the number of articles that carry its fact, its own included (1 = only
     * its own article).
     */
    public int[] supportCounts() {
        int[] counts = new int[start.length - 1];
        for (int s = 0; s < counts.length; s++) counts[s] = 1 + start[s + 1] - start[s];
        return counts;
    }

    /** Citations of the best-aligned sentence in each other article, in article order. */
    public List<Citation> citations(Sentence s) {
        List<Citation> out = new ArrayList<>();
        for (int b : aligned(s.id())) out.add(SupportFinder.citation(text, text.sentence(b)));
        return out;
    }
}
