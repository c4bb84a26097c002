package dev.precis.evidence.quantities;

import dev.precis.evidence.quantities.Quantities.Mention;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.precis.evidence.quantities.Anchors.anchors;
import static dev.precis.evidence.quantities.Anchors.capitalArticleFrequency;

/**
 * Pairs the quantity mentions of a cluster: for each mention and each other article, the mention of
 * that article that most likely reports the same quantity ({@link SameQuantity#score}). What every
 * pair reads about a mention (its article, places, day, measure) is read once per mention here, as
 * the pair loop asks for it at every pair.
 */
final class MentionPairs {
    private MentionPairs() {
    }

    /**
     * For each mention and each other article, the index of that article's best comparable mention by
     * score (-1 when none; on a tie, the lowest index). Only mentions of one unit can be comparable,
     * so pairs are drawn within each unit: a big cluster's mentions fall into many units, and the
     * all-pairs loop had spent most of its time on pairs of different units.
     */
    static int[][] bestPartners(List<Mention> mentions, ClusterText text, TermVectors v) {
        int n = mentions.size();
        Pairing p = new Pairing(mentions, text, v);
        int[][] best = new int[n][text.articles().size()];
        double[][] bestScore = new double[n][text.articles().size()];
        for (int[] row : best) Arrays.fill(row, -1);
        for (int[] same : byUnit(mentions)) {
            for (int x = 0; x < same.length; x++) pairRow(p, same, x, best, bestScore);
        }
        return best;
    }

    /**
     * Weighs mention {@code same[x]} against the later mentions of its unit. Pairs come in the order
     * of the all-pairs loop with the other units left out, so ties still go to the earliest.
     */
    private static void pairRow(Pairing p, int[] same, int x, int[][] best, double[][] bestScore) {
        int i = same[x], aa = p.article[i];
        for (int y = x + 1; y < same.length; y++) {
            int j = same[y];
            if (aa == p.article[j]) continue;
            double s = pairScore(p, i, j);
            if (s <= 0) continue;
            int ba = p.article[j];
            if (s > bestScore[i][ba]) {
                bestScore[i][ba] = s;
                best[i][ba] = j;
            }
            if (s > bestScore[j][aa]) {
                bestScore[j][aa] = s;
                best[j][aa] = i;
            }
        }
    }

    /** Mention indices grouped by unit, each group in increasing order. */
    private static Collection<int[]> byUnit(List<Mention> mentions) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) groups.computeIfAbsent(mentions.get(i).unit(), k -> new ArrayList<>()).add(i);
        List<int[]> out = new ArrayList<>(groups.size());
        for (List<Integer> g : groups.values()) out.add(g.stream().mapToInt(Integer::intValue).toArray());
        return out;
    }

    /**
     * What the pair scores read about each mention, found once: its article, its sentence's anchors
     * and day (shared by the mentions of one sentence, which a sentence of figures has several of),
     * the mentions of each sentence, and the event words found so far.
     */
    private static final class Pairing {
        final List<Mention> mentions;
        final TermVectors v;
        final int[] article;
        final List<Set<String>> anchors;
        final List<String> days;
        final Map<Integer, List<Integer>> bySentence = new HashMap<>();
        /** Each mention's {@link Ties#soleMeasure}, read once: the pair loop asks for it at every pair. */
        final String[] measures;
        /** The mentions of each {@link Ties#soleMeasure} in each article: few clusters weigh or price anything. */
        final Map<String, List<Integer>> measuresByArticle = new HashMap<>();
        final List<Set<String>> contexts;

        Pairing(List<Mention> mentions, ClusterText text, TermVectors v) {
            this.mentions = mentions;
            this.v = v;
            int n = mentions.size();
            Map<String, int[]> capitalDf = capitalArticleFrequency(text);
            int articles = Math.max(1, text.contributingArticles());
            article = new int[n];
            measures = new String[n];
            anchors = new ArrayList<>(n);
            days = new ArrayList<>(n);
            Map<Integer, Set<String>> anchorsOf = new HashMap<>();
            Map<Integer, String> dayOf = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Sentence s = mentions.get(i).sentence();
                article[i] = s.article();
                anchors.add(anchorsOf.computeIfAbsent(s.id(), k -> anchors(s, capitalDf, articles)));
                days.add(dayOf.computeIfAbsent(s.id(), k -> SentenceDays.day(s, text)));
                bySentence.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(i);
                measures[i] = Ties.soleMeasure(mentions.get(i));
                if (measures[i] != null) measuresByArticle.computeIfAbsent(Ties.measureKey(measures[i], mentions.get(i)), k -> new ArrayList<>()).add(i);
            }
            contexts = new ArrayList<>(Collections.nCopies(n, (Set<String>) null));
        }
    }

    /** How strongly mentions i and j of different articles report one quantity; 0 when they cannot. */
    private static double pairScore(Pairing p, int i, int j) {
        List<Mention> mentions = p.mentions;
        Mention a = mentions.get(i), b = mentions.get(j);
        if (!SameQuantity.comparable(a, b)) return 0;
        // a sentence that also gives the other report's figure is about two things, one of them agreeing
        if (Agreement.agreesElsewhere(mentions, p.bySentence, i, j) || Agreement.agreesElsewhere(mentions, p.bySentence, j, i)) return 0;
        if (AttackerDeath.mayCountTheAttacker(a, b)) return 0;
        // what the score rejects first, before the ties read the sentences
        if (SameQuantity.placeOrDayDiffer(p.anchors.get(i), p.anchors.get(j), p.days.get(i), p.days.get(j))) return 0;
        boolean tied = Ties.sameReferencePlace(a, b) || Ties.closePreciseLengths(a, b)
                || Ties.parallel(mentions, i, j, p.bySentence, p.contexts)
                || Ties.samePopulations(mentions, i, j, p.bySentence)
                && SharedWords.count(a.sentence(), b.sentence()) >= SameQuantity.CONTEXT_SHARED
                || Ties.soleMeasures(mentions, p.measures, i, j, p.measuresByArticle);
        return SameQuantity.score(a, b, p.anchors.get(i), p.anchors.get(j), p.days.get(i), p.days.get(j), p.v, p.contexts, i, j, tied);
    }
}
