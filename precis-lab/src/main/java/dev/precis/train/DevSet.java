package dev.precis.train;

import dev.precis.evidence.align.Alignments;
import dev.precis.render.TextRenderer;
import dev.precis.score.learned.Features;
import dev.precis.score.learned.LearnedScorer;
import dev.precis.score.learned.TreeEnsemble;
import dev.precis.Pipeline;
import dev.precis.model.BadInputException;
import dev.precis.eval.Oracle;
import dev.precis.eval.ReferenceText;
import dev.precis.eval.Rouge;
import dev.precis.eval.RougeScores;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.Summarizer;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.order.Orderer;
import dev.precis.order.SourceOrderer;
import dev.precis.score.Scorer;
import dev.precis.segment.OpenNlpSegmenter;
import dev.precis.select.Budget;
import dev.precis.select.Selector;

import java.util.ArrayList;
import java.util.List;

/**
 * Validation clusters prepared once (cleaned, segmented, vectors built, references tokenised), so
 * that many scorer and selector variants can be scored quickly under the project protocol while
 * tuning. Gives the same ROUGE as {@code precis eval} (same cleaning, corroboration nudge, ordering
 * and reference splitting); a cluster with no usable text counts as an empty summary, as there.
 */
public final class DevSet {
    private final List<ClusterAnalysis> analyses = new ArrayList<>();
    private final List<Rouge.Reference> references = new ArrayList<>();
    private final Orderer orderer = new SourceOrderer();

    public DevSet(List<Cluster> clusters, Pipeline pipeline) {
        Rouge rouge = Rouge.standard();
        for (Cluster c : clusters) {
            if (!c.hasReference()) continue;
            ClusterText text;
            try {
                text = pipeline.prepare(c);
            } catch (BadInputException e) {
                text = null;
            }
            ClusterAnalysis analysis = text == null ? null : new ClusterAnalysis(text);
            if (analysis != null) Alignments.of(analysis); // made once here, shared by every variant tried
            analyses.add(analysis);
            references.add(rouge.reference(OpenNlpSegmenter.sentences(ReferenceText.clean(c.reference()))));
        }
    }

    public int size() {
        return analyses.size();
    }

    /** Mean ROUGE F1 (and R, P) over the clusters of this scorer with this selector. */
    public RougeScores evaluate(Scorer scorer, Selector selector, Budget budget) {
        return evaluate(scorer, selector, budget, orderer);
    }

    /** As {@link #evaluate(Scorer, Selector, Budget)} with another way to order the chosen sentences. */
    public RougeScores evaluate(Scorer scorer, Selector selector, Budget budget, Orderer orderer) {
        Summarizer summarizer = new Summarizer("dev", scorer, selector);
        List<RougeScores> all = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            ClusterAnalysis analysis = analyses.get(i);
            if (analysis == null) {
                all.add(references.get(i).score(List.of()));
                continue;
            }
            List<Sentence> chosen = orderer.order(analysis, summarizer.choose(analysis, budget));
            all.add(references.get(i).score(lines(chosen)));
        }
        return RougeScores.mean(all);
    }

    /**
     * The summarizer of this scorer and selector against the greedy oracle over the same candidates
     * (eligible sentences within the budget alone), and against the same selector given the
     * oracle's choice as scores: 1 for a sentence the oracle took, otherwise half its ROUGE-2 plus a
     * quarter of its ROUGE-1 recall alone, so the selector still fills the budget with good
     * sentences where the rules refuse an oracle pick.
     */
    public Headroom headroom(Scorer scorer, Selector selector, Budget budget) {
        Summarizer summarizer = new Summarizer("dev", scorer, selector);
        Oracle oracle = new Oracle(budget.limit());
        List<Headroom.Row> rows = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            ClusterAnalysis analysis = analyses.get(i);
            Rouge.Reference reference = references.get(i);
            if (analysis == null) {
                RougeScores none = reference.score(List.of());
                rows.add(new Headroom.Row(0, 0, none, none, none, 0));
                continue;
            }
            List<Sentence> ours = orderer.order(analysis, summarizer.choose(analysis, budget));
            List<Sentence> candidates = TrainingCluster.oracleCandidates(analysis.text(), budget);
            Oracle.Result best = oracle.select(lines(candidates), reference);
            List<Sentence> picked = new ArrayList<>();
            for (int k : best.selectedInOrder()) picked.add(candidates.get(k));
            double[] perfect = new double[analysis.text().size()];
            for (int k = 0; k < candidates.size(); k++) {
                perfect[candidates.get(k).id()] = 0.5 * best.rouge2Recall()[k] + 0.25 * best.rouge1Recall()[k];
            }
            for (Sentence s : picked) perfect[s.id()] = 1;
            Scorer fixed = new Scorer() {
                @Override
                public String name() {
                    return "oracle";
                }

                @Override
                public double[] score(ClusterAnalysis a) {
                    return perfect.clone();
                }
            };
            List<Sentence> throughRules = orderer.order(analysis, new Summarizer("oracle", fixed, selector).choose(analysis, budget));
            long taken = picked.stream().filter(ours::contains).count();
            rows.add(new Headroom.Row(analysis.text().size(), ours.stream().mapToInt(Sentence::wordCount).sum(),
                    reference.score(lines(ours)), reference.score(lines(picked)), reference.score(lines(throughRules)),
                    picked.isEmpty() ? 0 : (double) taken / picked.size()));
        }
        return new Headroom(rows);
    }

    private static List<String> lines(List<Sentence> sentences) {
        List<String> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) out.add(TextRenderer.oneLine(s.text()));
        return out;
    }
}
