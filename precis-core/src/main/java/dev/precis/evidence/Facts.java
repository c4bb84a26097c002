package dev.precis.evidence;

import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Fact;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Paraphrase groups across articles. Every sentence gets its best-aligned sentence in each other
 * article (one pass over the cross-article pairs); then, best-supported first, each sentence not yet
 * taken becomes the representative of a group made of itself and its untaken alignments. Groups are
 * built around one representative, never by chaining, so two facts that share a bridge sentence stay
 * apart.
 */
final class Facts {
    private Facts() {
    }

    /** best[s][a] = id of the sentence of article a that best aligns with s, or -1. */
    static int[][] bestAlignments(ClusterText text, TermVectors v) {
        int n = text.size(), articles = text.articles().size();
        int[][] best = new int[n][articles];
        double[][] score = new double[n][articles];
        for (int[] row : best) Arrays.fill(row, -1);
        List<Sentence> all = text.sentences();
        List<List<String>> numbers = new ArrayList<>(n);
        for (Sentence s : all) numbers.add(SupportFinder.numberTerms(s));
        for (int i = 0; i < n; i++) {
            Sentence a = all.get(i);
            for (int j = i + 1; j < n; j++) {
                Sentence b = all.get(j);
                if (a.article() == b.article()) continue;
                double s = SupportFinder.alignment(text, v, i, j, numbers);
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
        return best;
    }

    static List<Fact> find(ClusterText text, TermVectors v, int[][] best) {
        int n = text.size();
        int[] support = new int[n];
        for (int s = 0; s < n; s++) {
            for (int b : best[s]) if (b >= 0) support[s]++;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingInt(s -> -support[s])
                .thenComparingDouble(s -> -v.centroidSimilarity(s))
                .thenComparingInt(s -> s));
        boolean[] used = new boolean[n];
        List<Fact> facts = new ArrayList<>();
        for (int s : order) {
            if (support[s] == 0) break;
            if (used[s]) continue;
            List<Citation> cites = new ArrayList<>();
            cites.add(SupportFinder.citation(text, text.sentence(s)));
            List<Integer> members = new ArrayList<>();
            for (int b : best[s]) {
                if (b >= 0 && !used[b]) members.add(b);
            }
            if (members.isEmpty()) continue;
            used[s] = true;
            for (int b : members) {
                used[b] = true;
                cites.add(SupportFinder.citation(text, text.sentence(b)));
            }
            facts.add(new Fact(text.sentence(s).text(), cites.size(), cites));
        }
        facts.sort(Comparator.comparingInt(f -> -f.support()));
        return facts;
    }
}
