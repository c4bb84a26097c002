package dev.precis.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.eval.RougeScores;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Summarise every cluster that has a reference summary and report ROUGE-1/2/SU4/L F1 "
                + "aggregated as ./precis eval aggregates them (the same figures on the same data), "
                + "with the job's throughput."})
final class EvalJob implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CLUSTERS", description = "JSONL or Parquet clusters with a \"summary\" reference.")
    String input;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "jsonl|parquet|auto",
            description = "Default: parquet when the path ends in .parquet, jsonl otherwise.")
    String inputFormat;

    @Mixin
    SummaryFlags flags;

    @Mixin
    Partitioning partitioning;

    @Override
    public Integer call() {
        // ./precis eval's defaults: the protocol's 256 words, evidence off.
        SummarySettings settings = flags.settings(256, false);
        PrintWriter out = spec.commandLine().getOut();
        SparkSession spark = SparkJob.session("precis eval");
        long started = System.nanoTime();
        Dataset<Row> lines = partitioning.spread(ClusterLines.read(spark, input, ClusterLines.Format.of(inputFormat, input)));
        ScoredClusters.Result r = ScoredClusters.evaluate(lines, settings);
        double seconds = (System.nanoTime() - started) / 1e9;
        RougeScores mean = r.mean();
        ObjectNode n = JSON.createObjectNode();
        n.put("algorithm", r.algorithm());
        n.put("clusters", r.clusters());
        n.put("failed", r.failed());
        n.put("rouge1", round(mean.rouge1().f1()));
        n.put("rouge2", round(mean.rouge2().f1()));
        n.put("rougeSU4", round(mean.rougeSU4().f1()));
        n.put("rougeL", round(mean.rougeL().f1()));
        n.put("clustersPerSecond", Math.round(r.clusters() / seconds * 10) / 10.0);
        n.put("wallSeconds", Math.round(seconds * 10) / 10.0);
        n.put("master", spark.sparkContext().master());
        n.put("partitions", lines.rdd().getNumPartitions());
        out.println(n.toString());
        out.flush();
        if (r.clusters() == 0) {
            spec.commandLine().getErr().printf(Locale.ROOT, "precis-spark: no clusters with a reference \"summary\" in %s%n", input);
            return SparkMain.BAD_INPUT;
        }
        return 0;
    }

    /** As ./precis eval --json rounds: five decimals. */
    private static double round(double x) {
        return Math.round(x * 100000) / 100000.0;
    }
}
