package dev.precis.train;

import dev.precis.eval.RougeScores;
import dev.precis.score.learned.Features;
import dev.precis.score.learned.LearnedScorer;
import dev.precis.select.Budget;
import dev.precis.select.Selector;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the ranker owes to its data and to each feature group: models retrained on fewer clusters
 * or without one group, each scored by ROUGE on the evaluation sets (markdown tables).
 */
public final class ModelStudies {
    private ModelStudies() {
    }

    /**
     * One model per size: the first N clusters of the first data file (every one when it has fewer)
     * and all of the others, each scored on every evaluation set.
     */
    public static void learningCurve(PrintWriter out, List<Integer> sizes, List<List<TrainingCluster>> files, Trainer.Params params,
                                     Map<String, DevSet> sets, Selector selector, Budget budget) {
        out.println();
        out.printf("Learning curve (%s selection): clusters of the first --data file, plus every other file%n", selector.name());
        out.println();
        out.println("| clusters | data | ROUGE-1 | ROUGE-2 |");
        out.println("|---:|---|---:|---:|");
        for (int n : sizes) {
            List<TrainingCluster> rows = new ArrayList<>(files.get(0).subList(0, Math.min(n, files.get(0).size())));
            for (int f = 1; f < files.size(); f++) rows.addAll(files.get(f));
            LearnedScorer scorer = LearnedScorer.of(Trainer.train(rows, params, null));
            for (Map.Entry<String, DevSet> d : sets.entrySet()) {
                RougeScores r = d.getValue().evaluate(scorer, selector, budget);
                out.printf(Locale.ROOT, "| %d | %s | %.4f | %.4f |%n", Math.min(n, files.get(0).size()), d.getKey(),
                        r.rouge1().f1(), r.rouge2().f1());
            }
            out.flush();
        }
    }

    /** ROUGE of {@code learned} and of one model per left-out feature group, on every evaluation set. */
    public static void featureAblation(PrintWriter out, List<TrainingCluster> rows, Trainer.Params params, LearnedScorer learned,
                                       Map<String, DevSet> sets, Selector selector, Budget budget) {
        out.println();
        out.printf("Ablation (%s selection): ROUGE without each feature group%n", selector.name());
        out.println();
        out.println("| without | data | ROUGE-1 | ROUGE-2 | ΔROUGE-2 |");
        out.println("|---|---|---:|---:|---:|");
        Map<String, Double> full = new LinkedHashMap<>();
        for (Map.Entry<String, DevSet> d : sets.entrySet()) {
            RougeScores r = d.getValue().evaluate(learned, selector, budget);
            full.put(d.getKey(), r.rouge2().f1());
            out.printf(Locale.ROOT, "| (nothing) | %s | %.4f | %.4f | |%n", d.getKey(), r.rouge1().f1(), r.rouge2().f1());
        }
        out.flush();
        for (Features.Group g : Features.Group.values()) {
            Set<Features.Group> drop = EnumSet.copyOf(params.dropped().isEmpty() ? EnumSet.noneOf(Features.Group.class) : params.dropped());
            drop.add(g);
            LearnedScorer without = LearnedScorer.of(Trainer.train(rows, params.withDropped(drop), null));
            for (Map.Entry<String, DevSet> d : sets.entrySet()) {
                RougeScores r = d.getValue().evaluate(without, selector, budget);
                out.printf(Locale.ROOT, "| %s | %s | %.4f | %.4f | %+.4f |%n", g.name().toLowerCase(Locale.ROOT), d.getKey(),
                        r.rouge1().f1(), r.rouge2().f1(), r.rouge2().f1() - full.get(d.getKey()));
            }
            out.flush();
        }
    }
}
