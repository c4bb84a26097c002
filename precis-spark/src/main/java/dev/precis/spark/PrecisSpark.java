package dev.precis.spark;

import dev.precis.Guard;

import dev.precis.Precis;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

import java.nio.charset.StandardCharsets;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;


/**
 * Precis for Spark users' own jobs.
 *
 * <pre>{@code
 * Dataset<Row> clusters = spark.read().json("clusters.jsonl");      // id, documents[, summary]
 * Dataset<Row> summaries = PrecisSpark.summarize(clusters, SummarySettings.defaults());
 *
 * PrecisSpark.registerUdf(spark, "precis_summarize", SummarySettings.defaults());
 * spark.sql("SELECT precis_summarize(to_json(struct(id, documents))) FROM clusters");
 * }</pre>
 */
public final class PrecisSpark {
    private PrecisSpark() {
    }

    /**
     * One row per cluster: {@code line} (its position in the input), the fields of the summary JSON
     * as columns ({@link SummarySchema#SUMMARY}), and {@code error}, the reason when the cluster could
     * not be summarised (the summary columns other than {@code id} are then null).
     *
     * @param clusters rows with the CLI's JSONL fields as columns: {@code id}, {@code documents}
     *                 (strings, or structs with {@code text}, {@code title}, {@code url}, {@code outlet},
     *                 {@code date}) or Multi-News' {@code document}
     */
    public static Dataset<Row> summarize(Dataset<Row> clusters, SummarySettings settings) {
        return asColumns(summaryJson(ClusterLines.of(clusters), settings));
    }

    /** {@code {line, id, json, error}}: each cluster's summary as the CLI's JSONL line. */
    static Dataset<Row> summaryJson(Dataset<Row> clusterLines, SummarySettings settings) {
        return summaryJson(clusterLines, new SummaryRows(settings, null, null));
    }

    static Dataset<Row> summaryJson(Dataset<Row> clusterLines, SummaryRows summarizer) {
        return clusterLines.mapPartitions(summarizer, Encoders.row(SummaryRows.SCHEMA));
    }

    /** The summary JSON spread into columns, with {@code line} first and {@code error} last. */
    static Dataset<Row> asColumns(Dataset<Row> summaryJson) {
        return summaryJson.select(col("line"), from_json(col("json"), SummarySchema.SUMMARY).alias("s"), col("error"))
                .select("line", "s.*", "error");
    }

    /**
     * A UDF from one cluster as a JSONL line (a JSON string, e.g. {@code to_json(struct(id, documents))})
     * to its summary JSON; a cluster that cannot be summarised gives its error record
     * {@code {"id", "line": 0, "error"}}. Parse the result with {@code from_json(..., SummarySchema.SUMMARY)}.
     */
    public static UserDefinedFunction udf(SummarySettings settings) {
        UDF1<String, String> f = cluster -> summarizeOne(cluster, settings);
        return functions.udf(f, DataTypes.StringType);
    }

    public static void registerUdf(SparkSession spark, String name, SummarySettings settings) {
        spark.udf().register(name, udf(settings));
    }

    /** A UDF is called row by row on a task's thread: one guard per thread, remade when the time limit differs. */
    private static final ThreadLocal<UdfGuard> GUARDS = ThreadLocal.withInitial(UdfGuard::new);

    private static final class UdfGuard {
        private Guard guard;
        private long seconds;

        Guard guard(SummarySettings settings) {
            if (guard == null || seconds != settings.clusterTimeoutSeconds()) {
                if (guard != null) guard.close();
                seconds = settings.clusterTimeoutSeconds();
                guard = new Guard(Precis.pipeline(), java.time.Duration.ofSeconds(seconds));
            }
            return guard;
        }
    }

    private static String summarizeOne(String cluster, SummarySettings settings) {
        if (cluster == null) return null;
        Row clusterLine = RowFactory.create(0L, cluster.getBytes(StandardCharsets.UTF_8));
        return SummaryRows.summarize(GUARDS.get().guard(settings), settings.options(), clusterLine).getString(2);
    }
}
