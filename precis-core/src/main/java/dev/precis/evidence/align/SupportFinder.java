package dev.precis.evidence.align;

import dev.precis.evidence.names.Names;
import dev.precis.evidence.names.Sentences;

import dev.precis.lexicon.Digits;
import dev.precis.model.ClusterText;
import dev.precis.model.Citation;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import dev.precis.segment.Tokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The test of whether two sentences of different articles report the same fact ({@link Alignments}
 * applies it to every pair of a cluster that shares a term, once). Two sentences align when their TF-IDF cosine is high, or when it is moderate and they share at least
 * {@value #COMMON_SHARED} terms among their lower-case words (the predicate of the fact, not the
 * names and titles every sentence of the story repeats). Sentences that carry numbers but share
 * none of them only align when they are near copies.
 * Stateless and thread-safe.
 */
public final class SupportFinder {
    /** Cosine at which two sentences align whatever else they share. */
    static final double STRONG = 0.50;
    /** Lowest cosine at which the rare-term test may still align two sentences. */
    static final double WEAK = 0.28;
    /** Shared lower-case (non-name) terms needed under the weak test. */
    static final int COMMON_SHARED = 3;
    /** Cosine above which differing numbers do not block an alignment (near copies). */
    static final double COPY = 0.75;
    /** Sentences with fewer terms are too short to stand for a fact. */
    static final int MIN_TERMS = 3;

    private SupportFinder() {
    }

    public static Citation citation(ClusterText text, Sentence s) {
        return Citation.of(text, s.article(), s.start(), s.end());
    }

    /**
     * How well sentences {@code a} and {@code b} align: their cosine when they report the same
     * fact, else 0. The test {@link Alignments} applies to each pair, applied to one pair.
     */
    static double alignment(ClusterText text, TermVectors v, int a, int b) {
        double cos = v.cosine(a, b);
        double s = byCosine(v, a, b, cos, numberTermIds(v, text.sentence(a)), numberTermIds(v, text.sentence(b)));
        if (s != UNDECIDED) return s;
        boolean[] needed = new boolean[text.size()];
        needed[a] = needed[b] = true;
        return sharesCommonTerms(new CommonTerms(text, needed), a, b) ? cos : 0;
    }

    /** Whether the pair shares enough common terms to align when {@link #byCosine} leaves it {@link #UNDECIDED}. */
    static boolean sharesCommonTerms(CommonTerms common, int a, int b) {
        return sharedCommonTerms(common.of(a), common.of(b)) >= COMMON_SHARED;
    }

    /** What {@link #byCosine} says of a pair that only its shared common terms decide. */
    static final double UNDECIDED = -1;

    /**
     * How well the pair aligns as far as its cosine, each sentence's number term ids (sorted,
     * {@link #numberTermIds}) and their length tell: the alignment (0: none), or {@link #UNDECIDED}
     * when the cosine is moderate and the shared common terms decide ({@link #sharesCommonTerms}).
     */
    static double byCosine(TermVectors v, int a, int b, double cos, int[] numbersOfA, int[] numbersOfB) {
        if (!longEnough(v, a) || !longEnough(v, b)) return 0;
        if (cos < WEAK) return 0;
        if (cos < COPY && numbersConflict(numbersOfA, numbersOfB)) return 0;
        return cos >= STRONG ? cos : UNDECIDED;
    }

    /** Whether sentence {@code s} has terms enough to stand for a fact. */
    static boolean longEnough(TermVectors v, int s) {
        return v.termIds(s).length >= MIN_TERMS;
    }

    /**
     * The stemmed terms among the lower-case words of the sentences a cluster's alignment weighs by
     * them, analysed once each: a sentence is weighed against many others, and analysing it again
     * for each pair cost as much as the rest of the alignment.
     */
    static final class CommonTerms {
        private final List<List<String>> terms;

        /** @param needed which sentences (by id) to analyse */
        CommonTerms(ClusterText text, boolean[] needed) {
            terms = new ArrayList<>(needed.length);
            for (int id = 0; id < needed.length; id++) {
                terms.add(needed[id] ? Tokens.terms(lowerCaseWords(text.sentence(id))) : null);
            }
        }

        /** The terms of a sentence that was {@code needed}. */
        List<String> of(int id) {
            return Objects.requireNonNull(terms.get(id), "common terms not analysed");
        }
    }

    /** Both sorted term-id lists are non-empty and share no id. */
    static boolean numbersConflict(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return false;
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) return false;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return true;
    }

    /** Sorted term ids of the number terms ("250,000", "2012") of sentence {@code s}. */
    static int[] numberTermIds(TermVectors v, Sentence s) {
        List<String> terms = numberTerms(s);
        int[] ids = new int[terms.size()];
        for (int k = 0; k < ids.length; k++) ids[k] = v.termId(terms.get(k));
        Arrays.sort(ids);
        return ids;
    }

    /**
     * Distinct stemmed terms the two sentences share among their lower-case words. Names and titles
     * ("Foreign Minister Sergei Lavrov") recur across the cluster in sentences about different
     * things; a paraphrase also shares its predicate ("ground his air force", "stay away").
     */
    private static int sharedCommonTerms(List<String> ta, List<String> tb) {
        int n = 0;
        for (int i = 0; i < ta.size(); i++) {
            String t = ta.get(i);
            if (ta.indexOf(t) == i && tb.contains(t)) n++;
        }
        return n;
    }

    private static String lowerCaseWords(Sentence s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.words()) {
            if (Character.isLowerCase(w.charAt(0))) sb.append(w).append(' ');
        }
        return sb.toString();
    }

    /** Number terms ("250,000", "2012") of a sentence. */
    static List<String> numberTerms(Sentence s) {
        List<String> out = null;
        for (String t : s.terms()) {
            if (Digits.any(t)) {
                if (out == null) out = new ArrayList<>();
                out.add(t);
            }
        }
        return out == null ? List.of() : out;
    }
}
