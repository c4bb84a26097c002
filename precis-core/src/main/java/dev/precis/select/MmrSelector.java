package dev.precis.select;

import dev.precis.analysis.ClusterAnalysis;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy maximal marginal relevance (Carbonell and Goldstein 1998). Each step takes the candidate
 * with the best {@code lambda * score - (1 - lambda) * max cosine to the chosen} among those that
 * still fit the budget, and never one whose cosine with a chosen sentence exceeds the redundancy
 * threshold, nor one most of whose word pairs it holds already ({@link SharedBigrams}) — so a fact
 * that several outlets repeat is taken once. Candidates that do not fit are
 * passed over, not the end of the search: the budget is filled as far as it can be. A sentence that
 * {@link Leaning leans} on the one before it is taken only after it, or together with it (and with
 * what that one leans on, up to {@link #MAX_CHAIN} sentences back) when they fit; one that leans on
 * nothing a summary can give is never taken, except the opening of a quotation that one of the next
 * {@link Leaning#QUOTE_RUN} sentences closes ({@link Leaning#closedBy}): it is taken with them, the
 * whole quotation as one group. A sentence that names a person only by surname
 * ({@link Introductions}) is taken once the summary mentions that person, or together with a
 * sentence that gives the full name. A bare line of dialogue is taken only together with the sentence
 * before it that gives its speaker ({@link AttributedDialogue}). A leaning sentence whose support repeats a chosen sentence of
 * another article is taken alone, to be read after that one ({@link StandIn}). In a small cluster of raw text
 * the repeat threshold is stricter ({@link SmallClusterRedundancy}), and a summary that leaves much of its word
 * budget empty gets a second try at its last step ({@link BudgetFill}). A group taken together is valued at the score of the sentence
 * that brings it and its least novel member's redundancy: the others come along to make it readable
 * and cost their words. (Valuing it at its members' mean score per word, as before, passed over
 * good sentences for the weak context they need: val-raw ROUGE-2 0.1602 against 0.1618.)
 *
 * <p>O(k n) cosine evaluations for k chosen sentences out of n.
 */
public final class MmrSelector implements Selector {
    public static final String NAME = "mmr";
    public static final double DEFAULT_LAMBDA = 0.7;
    public static final double DEFAULT_REDUNDANCY = 0.5;
    /**
     * A candidate most of whose word pairs the summary holds already repeats it, whatever its cosine
     * ({@link SharedBigrams}): above this share it is passed over. 0.4 gained val-raw 0.0007 ROUGE-1 and
     * 0.0001 ROUGE-2 and val-truncated's first 1,000 clusters 0.0005 / 0.0001 (0.3: val-raw R-2 -0.0003,
     * 0.45 and up: less; round rouge15).
     */
    static final double BIGRAM_REDUNDANCY = 0.4;

    private final double lambda;
    private final double redundancy;

    public MmrSelector() {
        this(DEFAULT_LAMBDA, DEFAULT_REDUNDANCY);
    }

    /**
     * @param lambda     weight of the score against novelty, in [0, 1]; 1 = pure score order
     * @param redundancy cosine above which a candidate counts as repeating a chosen sentence
     */
    public MmrSelector(double lambda, double redundancy) {
        if (!(lambda >= 0 && lambda <= 1)) throw new IllegalArgumentException("lambda must be in [0, 1], got " + lambda);
        if (!(redundancy > 0 && redundancy <= 1)) throw new IllegalArgumentException("redundancy must be in (0, 1], got " + redundancy);
        this.lambda = lambda;
        this.redundancy = redundancy;
    }

    public double lambda() { return lambda; }
    public double redundancy() { return redundancy; }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Sentence> select(ClusterAnalysis analysis, double[] scores, Budget budget) {
        Ranked ranked = new Ranked(analysis, scores, budget);
        return BudgetFill.retry(analysis, select(analysis, scores, budget, ranked, -1), budget,
                last -> select(analysis, scores, budget, ranked, last.id()));
    }

    /**
     * What both tries of a selection ({@link BudgetFill}) start from, worked out once: the candidates best first,
     * their costs, where each sentence stands among them, and who names whom in full.
     */
    private final class Ranked {
        final double redundancy;
        final int[] cand, cost, slot;
        final Introductions intro;
        /** Every candidate that names someone in full, best first; whether it stands alone is asked only when it is looked at. */
        final java.util.Map<String, List<Integer>> introducers = new java.util.HashMap<>();

        Ranked(ClusterAnalysis analysis, double[] scores, Budget budget) {
            redundancy = SmallClusterRedundancy.of(analysis, MmrSelector.this.redundancy);
            ClusterText text = analysis.text();
            cand = Candidates.ranked(analysis, scores, budget, true);
            int m = cand.length;
            cost = new int[m];
            for (int i = 0; i < m; i++) cost[i] = budget.cost(text.sentence(cand[i]));
            slot = new int[text.size()]; // sentence id -> candidate index, or -1
            java.util.Arrays.fill(slot, -1);
            for (int i = 0; i < m; i++) slot[cand[i]] = i;
            intro = analysis.get(Introductions.OF_CLUSTER);
            for (int i = 0; i < m; i++) {
                for (String name : intro.mentions(cand[i])) {
                    if (!intro.bare(cand[i]).contains(name)) introducers.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    /** One greedy selection; the sentence {@code passOver} (an id, or -1) is never taken ({@link BudgetFill}). */
    private List<Sentence> select(ClusterAnalysis analysis, double[] scores, Budget budget, Ranked ranked, int passOver) {
        double redundancy = ranked.redundancy;
        ClusterText text = analysis.text();
        TermVectors vectors = analysis.vectors();
        int[] cand = ranked.cand, cost = ranked.cost, slot = ranked.slot;
        int m = cand.length;
        State st = new State(text, vectors, cand, cost, slot, analysis.get(Leanings.OF_CLUSTER), ranked.intro, ranked.introducers, m);
        if (passOver >= 0 && slot[passOver] >= 0) st.out[slot[passOver]] = true;
        List<Sentence> chosen = new ArrayList<>();
        SharedBigrams pairs = new SharedBigrams();
        int left = budget.limit();
        while (left > 0) {
            int best = -1;
            int[] bestWith = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                // Candidates come best score first and novelty only lowers a value: none after this can win.
                if (lambda * scores[cand[i]] <= bestValue) break;
                if (st.out[i]) continue;
                if (cost[i] > left || st.maxSim(i) > redundancy || st.leans(i) == Leaning.NEVER
                        || pairs.share(text.sentence(cand[i])) > BIGRAM_REDUNDANCY) {
                    st.out[i] = true; // the budget only shrinks, and maxSim and the shared pairs only grow
                    continue;
                }
                if (st.leans(i) == OPENS_QUOTE) continue; // taken only before the sentence that closes its quotation
                double v = lambda * scores[cand[i]] - (1 - lambda) * st.maxSim(i);
                if (v <= bestValue) continue;
                int[] with = st.prerequisites(i, left, redundancy);
                if (with == null) continue;
                if (with.length > 0) {
                    // A group is worth the sentence that brings it (what the others are taken for) and is no
                    // more novel than its least novel member; its other members cost only their words.
                    double sim = st.maxSim(i);
                    for (int w : with) sim = Math.max(sim, st.maxSim(w));
                    v = lambda * scores[cand[i]] - (1 - lambda) * sim;
                    if (v <= bestValue) continue;
                }
                bestValue = v;
                best = i;
                bestWith = with;
            }
            if (best < 0) break;
            for (int w : bestWith) {
                left -= st.take(w, chosen);
                pairs.add(text.sentence(cand[w]));
            }
            left -= st.take(best, chosen);
            pairs.add(text.sentence(cand[best]));
        }
        if (chosen.isEmpty() && m > 0) {
            // Nothing stands on its own: a summary of the best sentence is better than none.
            chosen.add(text.sentence(cand[0]));
        }
        return chosen;
    }

    /** A quotation's opening, taken only together with the sentences up to the one that closes it. */
    static final int OPENS_QUOTE = -3;

    /** A sentence may bring this many sentences it leans on, each leaning on the next. */
    static final int MAX_CHAIN = 2;

    /**
     * The search state shared by the steps of one selection. What a candidate leans on and how close
     * it is to the chosen sentences are worked out when a step first looks at it: in a big cluster
     * most candidates score too low to be looked at, and their regexes and cosines would be most of
     * the cost.
     */
    private static final class State {
        private static final int UNKNOWN = Integer.MIN_VALUE;

        final ClusterText text;
        final TermVectors vectors;
        final int[] cand, cost, slot;
        final Leanings leanings;
        /** Candidate index leaned on, {@link Leaning#ALONE}, {@link Leaning#NEVER}, {@link #OPENS_QUOTE}, or UNKNOWN. */
        private final int[] leans;
        /** For a quotation's opening: the candidate that closes it. */
        private final int[] closer;
        final Introductions intro;
        final java.util.Map<String, List<Integer>> introducers;
        final java.util.Set<String> mentioned = new java.util.HashSet<>();
        /** Highest cosine to the first {@code simCounted} chosen sentences. */
        private final double[] maxSim;
        private final int[] simCounted;
        private final int[] chosenIds;
        private int chosenCount;
        final boolean[] chosenMark;
        final boolean[] out; // chosen, or ruled out for good (redundant, too long, nothing to lean on)

        State(ClusterText text, TermVectors vectors, int[] cand, int[] cost, int[] slot, Leanings leanings,
              Introductions intro, java.util.Map<String, List<Integer>> introducers, int m) {
            this.text = text;
            this.vectors = vectors;
            this.cand = cand;
            this.cost = cost;
            this.slot = slot;
            this.leanings = leanings;
            this.leans = new int[m];
            java.util.Arrays.fill(leans, UNKNOWN);
            this.closer = new int[m];
            this.intro = intro;
            this.introducers = introducers;
            this.maxSim = new double[m];
            this.simCounted = new int[m];
            this.chosenIds = new int[m];
            this.chosenMark = new boolean[m];
            this.out = new boolean[m];
        }

        /** What candidate {@code i} leans on, as a candidate index, or how it stands. */
        int leans(int i) {
            if (leans[i] == UNKNOWN) leans[i] = leaning(i);
            return leans[i];
        }

        private int leaning(int i) {
            Sentence s = text.sentence(cand[i]);
            // A bare line of dialogue is a candidate only for the sentence before it that gives its speaker.
            int speaker = Candidates.eligible(s) ? -1 : AttributedDialogue.attributor(text, s);
            if (speaker >= 0) return slot[speaker] >= 0 ? slot[speaker] : Leaning.NEVER;
            int on = leanings.on(s);
            int leaning = on < 0 ? on : slot[on] >= 0 ? slot[on] : Leaning.NEVER;
            if (leaning != Leaning.NEVER) return leaning;
            int c = Leaning.closedBy(text, s);
            if (c < 0 || slot[c] < 0) return Leaning.NEVER;
            List<Sentence> own = text.sentencesOf(s.article());
            for (int p = s.position() + 1; own.get(p).id() != c; p++) {
                if (slot[own.get(p).id()] < 0) return Leaning.NEVER; // the quotation is taken whole or not at all
            }
            closer[i] = slot[c];
            return OPENS_QUOTE;
        }

        /** The highest cosine of candidate {@code i} with a chosen sentence. */
        double maxSim(int i) {
            for (; simCounted[i] < chosenCount; simCounted[i]++) {
                double c = vectors.cosine(chosenIds[simCounted[i]], cand[i]);
                if (c > maxSim[i]) maxSim[i] = c;
            }
            return maxSim[i];
        }

        /**
         * What candidate {@code i} must be taken with: the sentences it leans on that the summary
         * lacks and no chosen sentence stands in for (up to {@link #MAX_CHAIN}), and a sentence that gives the full name of each person it
         * names bare and the summary has not mentioned; null when those cannot all be taken.
         */
        int[] prerequisites(int i, int left, double redundancy) {
            int total = cost[i];
            int[] pre = null;
            int n = 0;
            int cur = i;
            for (int depth = 0; ; depth++) {
                int p = leans(cur);
                if (p == OPENS_QUOTE) {
                    if (closer[cur] != i) return null; // a quotation is taken whole or not at all
                    break;
                }
                if (p == Leaning.ALONE || p >= 0 && chosenMark[p]) break;
                if (p == Leaning.NEVER) return null;
                if (Leaning.support(text, text.sentence(cand[cur]), id -> slot[id] >= 0 && chosenMark[slot[id]]) >= 0) break;
                if (StandIn.of(text, vectors, text.sentence(cand[cur]), cand[p], chosenIds, chosenCount, id -> leans(slot[id]) == Leaning.ALONE) >= 0) break;
                if (depth >= MAX_CHAIN || out[p] || maxSim(p) > redundancy) return null;
                total += cost[p];
                if (total > left) return null;
                if (pre == null) pre = new int[MAX_CHAIN + 4];
                pre[n++] = p;
                cur = p;
            }
            java.util.Set<String> have = null;
            for (int k = -1; k < n; k++) {
                int c = k < 0 ? i : pre[k];
                for (String name : intro.bare(cand[c])) {
                    if (mentioned.contains(name) || have != null && have.contains(name)) continue;
                    if (have == null) {
                        have = new java.util.HashSet<>();
                        for (int q = 0; q < n; q++) have.addAll(intro.mentions(cand[pre[q]]));
                        if (have.contains(name)) continue;
                    }
                    int q = introducer(name, cand[i], redundancy, left - total, have);
                    if (q < 0) return null;
                    total += cost[q];
                    if (pre == null) pre = new int[MAX_CHAIN + 4];
                    if (n == pre.length) return null;
                    pre[n++] = q;
                    have.addAll(intro.mentions(cand[q]));
                }
            }
            return pre == null ? NONE : java.util.Arrays.copyOf(pre, n);
        }

        /** The candidate that best introduces {@code name} for sentence {@code id}: nearest before it in its article, else the best ranked. */
        private int introducer(String name, int id, double redundancy, int room, java.util.Set<String> have) {
            List<Integer> list = introducers.get(name);
            if (list == null) return -1;
            Sentence s = text.sentence(id);
            int best = -1, bestPos = -1;
            for (int q : list) {
                if (out[q] || chosenMark[q] || cost[q] > room || leans(q) != Leaning.ALONE || maxSim(q) > redundancy) continue;
                boolean met = true;
                for (String other : intro.bare(cand[q])) met &= mentioned.contains(other) || have.contains(other);
                if (!met) continue;
                Sentence qs = text.sentence(cand[q]);
                if (qs.article() == s.article() && qs.position() < s.position()) {
                    if (qs.position() > bestPos) {
                        bestPos = qs.position();
                        best = q;
                    }
                } else if (bestPos < 0 && best < 0) {
                    best = q; // list is best-ranked first
                }
            }
            return best;
        }

        int take(int k, List<Sentence> chosen) {
            out[k] = true;
            chosenMark[k] = true;
            int id = cand[k];
            chosen.add(text.sentence(id));
            mentioned.addAll(intro.mentions(id));
            chosenIds[chosenCount++] = id;
            return cost[k];
        }
    }

    private static final int[] NONE = new int[0];
}
