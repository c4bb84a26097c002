package dev.precis.eval;

import dev.precis.render.TextRenderer;
import dev.precis.Pipeline;
import dev.precis.model.BadInputException;
import dev.precis.SummaryOptions;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Summarises clusters that have a reference and scores them with {@link Rouge} under the project
 * protocol. The clock runs around {@link Pipeline#summarize} only: reading data and scoring are
 * not summarisation.
 */
public final class Evaluator {
    private final Pipeline pipeline;
    private final Rouge rouge;
    private final Function<String, List<String>> referenceSentences;

    /**
     * @param referenceSentences splits a reference summary into sentences (ROUGE-L is computed over
     *                           sentences); the segmenter's sentence detector in practice
     */
    public Evaluator(Pipeline pipeline, Rouge rouge, Function<String, List<String>> referenceSentences) {
        this.pipeline = pipeline;
        this.rouge = rouge;
        this.referenceSentences = referenceSentences;
    }

    /** Hooks for the caller: a finished summary (for writing it out) and progress ticks. */
    public interface Listener {
        Listener NONE = new Listener() { };

        default void summarised(Cluster cluster, Summary summary) { }

        default void failed(Cluster cluster, String reason) { }

        /** The cluster's ROUGE, failed clusters included; the mean of these is the run's figure. */
        default void scored(Cluster cluster, RougeScores scores) { }

        default void progress() { }
    }

    /**
     * Summarises up to {@code n} clusters untimed, so that measured latency is the steady state of a
     * running service rather than class loading and JIT compilation.
     */
    public void warmUp(List<Cluster> clusters, SummaryOptions options, int n) {
        for (Cluster c : clusters.subList(0, Math.min(n, clusters.size()))) {
            try {
                pipeline.summarize(c, options);
            } catch (BadInputException e) {
                // Unusable clusters are counted by run(); here they only warm nothing.
            }
        }
    }

    public EvalResult run(List<Cluster> clusters, SummaryOptions options, Listener listener) {
        long wallStart = System.nanoTime();
        List<RougeScores> scores = new ArrayList<>();
        double[] millis = new double[clusters.size()];
        int timed = 0;
        int failed = 0;
        String algorithm = options.algorithm();
        for (Cluster cluster : clusters) {
            if (!cluster.hasReference()) {
                listener.progress();
                continue;
            }
            Summary summary;
            long t0 = System.nanoTime();
            try {
                summary = pipeline.summarize(cluster, options);
            } catch (BadInputException e) {
                // A cluster with no usable text still counts, as an empty summary: skipping it would
                // flatter the mean.
                failed++;
                RougeScores empty = rouge.score(List.of(), reference(cluster));
                scores.add(empty);
                listener.scored(cluster, empty);
                listener.failed(cluster, e.getMessage());
                listener.progress();
                continue;
            }
            millis[timed++] = (System.nanoTime() - t0) / 1e6;
            algorithm = summary.algorithm();
            List<String> system = new ArrayList<>(summary.sentences().size());
            for (SummarySentence s : summary.sentences()) system.add(TextRenderer.oneLine(s.text()));
            RougeScores scored = rouge.score(system, reference(cluster));
            scores.add(scored);
            listener.scored(cluster, scored);
            listener.summarised(cluster, summary);
            listener.progress();
        }
        double[] times = Arrays.copyOf(millis, timed);
        Arrays.sort(times);
        double total = Arrays.stream(times).sum();
        RougeScores mean = scores.isEmpty() ? RougeScores.ZERO : RougeScores.mean(scores);
        return new EvalResult(algorithm, scores.size(), failed, mean.rouge1().f1(), mean.rouge2().f1(),
                mean.rougeSU4().f1(), mean.rougeL().f1(),
                total == 0 ? 0 : timed / (total / 1000.0),
                timed == 0 ? 0 : total / timed,
                percentile(times, 0.99),
                (System.nanoTime() - wallStart) / 1e9);
    }

    private List<String> reference(Cluster cluster) {
        return referenceSentences.apply(ReferenceText.clean(cluster.reference()));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
