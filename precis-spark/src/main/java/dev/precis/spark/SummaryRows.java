package dev.precis.spark;

import dev.precis.Guard;
import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.parallel.Workers;
import dev.precis.render.JsonRecords;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

import java.time.Duration;
import java.util.Iterator;

/**
 * Summarises one partition of {@link ClusterLines} rows into {@code {line, id, json, error}}: json is
 * the line {@code ./precis summarize --format json} prints for the cluster, or its error record
 * {@code {"id", "line", "error"}} when the cluster cannot be summarised (error then holds the reason).
 */
final class SummaryRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    static final StructType SCHEMA = new StructType()
            .add("line", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, true)
            .add("json", DataTypes.StringType, false)
            .add("error", DataTypes.StringType, true);

    private final SummarySettings settings;
    private final LongAccumulator clusters;
    private final LongAccumulator failed;

    SummaryRows(SummarySettings settings, LongAccumulator clusters, LongAccumulator failed) {
        this.settings = settings;
        this.clusters = clusters;
        this.failed = failed;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> lines) {
        // The models load once per executor JVM (Precis keeps one thread-safe pipeline), not per row;
        // each partition's clusters run under one guard, so a cluster that hangs or runs out of memory
        // becomes its error record, as in the CLI, and the task goes on.
        Guard guard = new Guard(Precis.pipeline(), Duration.ofSeconds(settings.clusterTimeoutSeconds()));
        SummaryOptions options = settings.options();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = lines.hasNext();
                if (!more) guard.close();
                return more;
            }

            @Override
            public Row next() {
                Row r = summarize(guard, options, lines.next());
                if (clusters != null) clusters.add(1);
                if (failed != null && !r.isNullAt(3)) failed.add(1);
                return r;
            }
        };
    }

    /**
     * One cluster line's row. Spark already gives every core a task of its own, so a big cluster's
     * stages stay on the task's thread ({@link Workers#alone}) instead of reaching for more cores.
     */
    static Row summarize(Guard guard, SummaryOptions options, Row clusterLine) {
        long line = clusterLine.getLong(0);
        ClusterInput in = Sources.parseJsonlLine((byte[]) clusterLine.get(1), line);
        if (!in.ok()) return failure(null, line, in.error());
        String id = in.cluster().id();
        Guard.Outcome o = Workers.alone(() -> guard.summarize(in.cluster(), options));
        if (o.ok()) return RowFactory.create(line, id, JsonRecords.summary(o.summary(), "json", false).toString(), null);
        return failure(id, line, o.error());
    }

    private static Row failure(String id, long line, String message) {
        return RowFactory.create(line, id, JsonRecords.error(id, line, message).toString(), message);
    }
}
