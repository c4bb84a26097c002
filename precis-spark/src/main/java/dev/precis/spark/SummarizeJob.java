package dev.precis.spark;

import dev.precis.SummaryOptions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.col;

@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {"Summarise every cluster of a JSONL (.jsonl, .jsonl.gz, or a folder of them) or Parquet input.",
                "JSONL output: one line per cluster, exactly what ./precis summarize --format json prints, "
                        + "in input order; Parquet output: those fields as columns, plus line and error."})
final class SummarizeJob implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CLUSTERS", description = "Input path (any Hadoop file system).")
    String input;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output folder (replaced if it exists).")
    String out;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "jsonl|parquet|auto",
            description = "Default: parquet when the path ends in .parquet, jsonl otherwise.")
    String inputFormat;

    @Option(names = "--out-format", defaultValue = "auto", paramLabel = "jsonl|parquet|auto",
            description = "Default: parquet when --out ends in .parquet, jsonl otherwise.")
    String outFormat;

    @Mixin
    SummaryFlags flags;

    @Mixin
    Partitioning partitioning;

    @Override
    public Integer call() {
        SummarySettings settings = flags.settings(SummaryOptions.DEFAULT_WORDS, true);
        ClusterLines.Format from = ClusterLines.Format.of(inputFormat, input);
        ClusterLines.Format to = ClusterLines.Format.of(outFormat, out);
        PrintWriter err = spec.commandLine().getErr();
        SparkSession spark = SparkJob.session("precis summarize");
        long started = System.nanoTime();
        LongAccumulator clusters = spark.sparkContext().longAccumulator("clusters");
        LongAccumulator failed = spark.sparkContext().longAccumulator("failed");
        Dataset<Row> lines = partitioning.spread(ClusterLines.read(spark, input, from));
        Dataset<Row> summaries = PrecisSpark.summaryJson(lines, new SummaryRows(settings, clusters, failed))
                .sortWithinPartitions("line");
        if (to == ClusterLines.Format.JSONL) {
            summaries.select(col("json")).write().mode(SaveMode.Overwrite).text(out);
        } else {
            PrecisSpark.asColumns(summaries).write().mode(SaveMode.Overwrite).parquet(out);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "precis-spark: %d cluster(s) summarised in %.1f s (%.1f clusters/s) on %s, %d partition(s); "
                        + "%d failed%n", clusters.value(), seconds, clusters.value() / seconds,
                spark.sparkContext().master(), lines.rdd().getNumPartitions(), failed.value());
        err.flush();
        return failed.value() > 0 ? SparkMain.PARTIAL : 0;
    }
}
