package dev.precis.evidence.quantities;

import dev.precis.evidence.dates.DateDisagreements;
import dev.precis.evidence.quantities.Quantities.Mention;
import dev.precis.groups.UnionFind;
import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The same quantity reported differently by different articles: the front door of the quantity
 * rules, which reads the mentions once and hands each step to the class that holds it.
 * <ol>
 *   <li>{@link MentionPairs}: for each mention and each other article, that article's best mention of
 *       the same quantity, weighed by {@link SameQuantity} (the same unit, counted thing, event, place
 *       and day, values close enough);</li>
 *   <li>mentions that are each other's best partner are joined, transitively;</li>
 *   <li>a group whose values do not all agree ({@link Agreement}: rounding, written precision,
 *       compatible bounds) is a disagreement, written by {@link Sides} with one side per value.</li>
 * </ol>
 * Two forms that are no mentions are read apart: the ends of a range ({@link Ranges}) and which part
 * of a whole an ordinal names ({@link Ordinals}). Dates are compared by {@link DateDisagreements}.
 */
public final class Disagreements {
    private Disagreements() {
    }

    public static List<Disagreement> find(ClusterText text, TermVectors v) {
        List<Disagreement> read = new ArrayList<>(Ranges.find(text)); // forms that are no quantity mentions
        read.addAll(Ordinals.find(text));
        List<Mention> mentions = Quantities.find(text);
        if (mentions.size() < 2) return read;
        int[][] best = MentionPairs.bestPartners(mentions, text, v);
        List<Disagreement> out = new ArrayList<>();
        for (List<Integer> g : mutualGroups(mentions, best)) {
            if (g.size() >= 2 && inConflict(mentions, g)) out.add(Sides.disagreement(mentions, g, text));
        }
        out.addAll(read);
        out.sort(Comparator.comparingInt((Disagreement d) -> -d.sides().stream().mapToInt(x -> x.citations().size()).sum())
                .thenComparingInt(d -> d.sides().get(0).citation().article())
                .thenComparingInt(d -> d.sides().get(0).citation().start()));
        return out;
    }

    /** Mentions joined when each is the other's best partner in its article, transitively. */
    private static List<List<Integer>> mutualGroups(List<Mention> mentions, int[][] best) {
        UnionFind groups = new UnionFind(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            for (int j : best[i]) {
                if (j < 0) continue;
                int back = best[j][mentions.get(i).sentence().article()];
                if (back == i) groups.union(i, j);
            }
        }
        return groups.groups();
    }

    private static boolean inConflict(List<Mention> mentions, List<Integer> g) {
        for (int x = 0; x < g.size(); x++) {
            for (int y = x + 1; y < g.size(); y++) {
                if (!Agreement.compatible(mentions.get(g.get(x)), mentions.get(g.get(y)))) return true;
            }
        }
        return false;
    }
}
