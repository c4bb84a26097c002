package dev.precis.train;

import dev.precis.eval.RougeScores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a summarizer's ROUGE is lost, cluster by cluster: its own summary, the greedy
 * {@link dev.precis.eval.Oracle} over the same candidates (what any choice of these sentences could
 * reach), and the oracle's choice handed to the summarizer's own selector as scores (what a perfect
 * ranker would reach through today's selection rules). The gap from the summary to the third is
 * the ranker's; from the third to the oracle, the selection's.
 *
 * @param clusters one row per cluster, in file order
 */
public record Headroom(List<Row> clusters) {

    /**
     * @param sentences the cluster's sentences after cleaning (its size)
     * @param words     words of the summary
     * @param summary   the summarizer's ROUGE
     * @param oracle    the oracle's ROUGE
     * @param perfect   ROUGE of the summarizer's selector given the oracle's choice as scores
     * @param taken     share of the oracle's sentences the summary holds (0 when the oracle took none)
     */
    public record Row(int sentences, int words, RougeScores summary, RougeScores oracle, RougeScores perfect, double taken) {
    }

    /** The mean over some clusters. */
    public record Mean(int clusters, int minSentences, int maxSentences, double words, RougeScores summary,
                       RougeScores oracle, RougeScores perfect, double taken) {
    }

    public Mean all() {
        return mean(clusters);
    }

    /**
     * The clusters cut into {@code parts} groups of (nearly) equal count by size, smallest first:
     * the rows a reader checks to see whether big clusters lose more than small ones.
     */
    public List<Mean> bySize(int parts) {
        List<Row> sorted = new ArrayList<>(clusters);
        sorted.sort(Comparator.comparingInt(Row::sentences));
        List<Mean> out = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            List<Row> part = sorted.subList(k * sorted.size() / parts, (k + 1) * sorted.size() / parts);
            if (!part.isEmpty()) out.add(mean(part));
        }
        return out;
    }

    private static Mean mean(List<Row> rows) {
        List<RougeScores> summary = new ArrayList<>(), oracle = new ArrayList<>(), perfect = new ArrayList<>();
        double words = 0, taken = 0;
        int min = Integer.MAX_VALUE, max = 0;
        for (Row r : rows) {
            summary.add(r.summary());
            oracle.add(r.oracle());
            perfect.add(r.perfect());
            words += r.words();
            taken += r.taken();
            min = Math.min(min, r.sentences());
            max = Math.max(max, r.sentences());
        }
        int n = Math.max(1, rows.size());
        return new Mean(rows.size(), rows.isEmpty() ? 0 : min, max, words / n, RougeScores.mean(summary),
                RougeScores.mean(oracle), RougeScores.mean(perfect), taken / n);
    }
}
