package dev.precis.train;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.eval.RougeScores;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.order.Orderer;
import dev.precis.order.SourceOrderer;
import dev.precis.score.learned.LearnedScorer;
import dev.precis.select.Budget;
import dev.precis.select.Candidates;
import dev.precis.select.MmrSelector;
import dev.precis.select.Selector;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Selection steps added one at a time on the learned scores: best-first until the first sentence
 * that does not fit, then skipping what does not fit (filling the budget), then the candidate
 * filter (no fragments under 5 words, questions or bare dialogue), then refusing near-repeats
 * (cosine > 0.5), then MMR's novelty term, then source order instead of score order. Tells which
 * step of the shipped selection earns its ROUGE.
 */
public final class SelectionAblation {
    private SelectionAblation() {
    }

    private record Step(String name, Selector selector, Orderer orderer) {
    }

    /** Writes the table of steps for {@code set}, each row adding one step to the row above. */
    public static void write(PrintWriter out, DevSet set, LearnedScorer learned, Budget budget) {
        out.println();
        out.println("Selection steps, learned scores (each row adds one step to the row above):");
        out.println();
        out.println("| selection | ROUGE-1 | ROUGE-2 | ROUGE-L | ΔROUGE-2 |");
        out.println("|---|---:|---:|---:|---:|");
        Orderer byScore = (text, chosen) -> chosen; // selectors return best-first
        Orderer bySource = new SourceOrderer();
        List<Step> steps = List.of(
                new Step("best-first, stop at the first sentence that does not fit, any sentence", new Greedy(false, false), byScore),
                new Step("+ skip what does not fit (fill the budget)", new Greedy(true, false), byScore),
                new Step("+ candidate filter (>= 5 words, no questions or bare dialogue)", new Greedy(true, true), byScore),
                new Step("+ refuse near-repeats (cosine > 0.5)", new MmrSelector(1.0, 0.5), byScore),
                new Step("+ MMR novelty (lambda 0.7)", new MmrSelector(), byScore),
                new Step("+ source order (the shipped summarizer)", new MmrSelector(), bySource));
        double previous = Double.NaN;
        for (Step step : steps) {
            RougeScores r = set.evaluate(learned, step.selector(), budget, step.orderer());
            double r2 = r.rouge2().f1();
            out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %s |%n", step.name(), r.rouge1().f1(), r2, r.rougeL().f1(),
                    Double.isNaN(previous) ? "" : String.format(Locale.ROOT, "%+.4f", r2 - previous));
            out.flush();
            previous = r2;
        }
    }

    /** Best score first with no redundancy check; for this ablation only. */
    private record Greedy(boolean fill, boolean filter) implements Selector {
        @Override
        public String name() {
            return "greedy";
        }

        @Override
        public List<Sentence> select(ClusterAnalysis analysis, double[] scores, Budget budget) {
            ClusterText text = analysis.text();
            Integer[] ids = new Integer[text.size()];
            for (int i = 0; i < ids.length; i++) ids[i] = i;
            Arrays.sort(ids, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
            List<Sentence> chosen = new ArrayList<>();
            int left = budget.limit();
            for (int id : ids) {
                Sentence s = text.sentence(id);
                if (filter && !Candidates.eligible(s)) continue;
                int cost = budget.cost(s);
                if (cost > left) {
                    if (fill) continue;
                    break;
                }
                chosen.add(s);
                left -= cost;
            }
            return chosen;
        }
    }
}
