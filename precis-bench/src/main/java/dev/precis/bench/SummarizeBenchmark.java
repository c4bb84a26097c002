package dev.precis.bench;

import dev.precis.Pipeline;
import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.ClusterStream;
import dev.precis.ingest.Sources;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.select.Budget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Mean latency of summarising one Multi-News cluster with the default summarizer under the project
 * protocol (256 words), cycling through the validation clusters so no single cluster dominates.
 * Data: {@code -Dprecis.data=PATH} (default ../shared/data/multinews/val-raw.jsonl).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class SummarizeBenchmark {
    @Param({"on", "off"})
    public String evidence;

    private List<Cluster> clusters;
    private Pipeline pipeline;
    private SummaryOptions options;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        Path data = Path.of(System.getProperty("precis.data", "../shared/data/multinews/val-raw.jsonl"));
        clusters = new ArrayList<>();
        try (ClusterStream stream = Sources.open(data)) {
            for (ClusterInput in : stream) if (in.cluster() != null) clusters.add(in.cluster());
        }
        pipeline = Precis.pipeline();
        options = SummaryOptions.defaults().withBudget(Budget.words(256)).withEvidence(evidence.equals("on"));
    }

    @Benchmark
    public Summary summarizeOneCluster() {
        Cluster c = clusters.get(next);
        next = (next + 1) % clusters.size();
        try {
            return pipeline.summarize(c, options);
        } catch (dev.precis.model.BadInputException e) {
            return null;
        }
    }
}
