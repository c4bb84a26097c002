package dev.precis.spark;

import dev.precis.model.BadInputException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.Locale;

import static org.apache.spark.sql.functions.col;

/**
 * Clusters as rows of {@code {line, json}}: the 1-based position in the input and the cluster as
 * the UTF-8 bytes of one JSONL line, so that every cluster is read by the core's own JSONL reader
 * ({@link dev.precis.ingest.Sources#parseJsonlLine}) whatever form it arrived in.
 */
public final class ClusterLines {
    public static final StructType SCHEMA = new StructType()
            .add("line", DataTypes.LongType, false)
            .add("json", DataTypes.BinaryType, false);

    private ClusterLines() {
    }

    /** The input forms of a cluster file. */
    public enum Format {
        JSONL, PARQUET;

        static Format of(String name, String path) {
            if (name == null || name.equals("auto")) {
                return path.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet") ? PARQUET : JSONL;
            }
            return switch (name) {
                case "jsonl" -> JSONL;
                case "parquet" -> PARQUET;
                default -> throw new BadInputException("format takes jsonl, parquet or auto, not '" + name + "'");
            };
        }
    }

    /** Reads a JSONL file (gzipped or not, or a folder of them) or Parquet clusters. */
    public static Dataset<Row> read(SparkSession spark, String path, Format format) {
        Dataset<Row> lines = format == Format.JSONL
                ? spark.read().text(path).select(col("value").cast("binary"))
                // Parquet rows are written back as the JSONL line they stand for (same column names).
                : spark.read().parquet(path).toJSON().toDF("value").select(col("value").cast("binary"));
        return numbered(spark, lines);
    }

    /** Clusters given as rows with the JSONL fields as columns ({@code id}, {@code documents}, ...). */
    public static Dataset<Row> of(Dataset<Row> clusters) {
        return numbered(clusters.sparkSession(), clusters.toJSON().toDF("value").select(col("value").cast("binary")));
    }

    /**
     * Numbers the rows in input order. Spark keeps a text file's partitions in file order, so the
     * numbers are the file's line numbers, which name clusters without an "id" as the CLI does.
     */
    private static Dataset<Row> numbered(SparkSession spark, Dataset<Row> bytes) {
        JavaRDD<Row> rows = bytes.javaRDD().zipWithIndex()
                .map(t -> RowFactory.create(t._2() + 1, t._1().isNullAt(0) ? new byte[0] : t._1().get(0)))
                .filter(r -> !blank((byte[]) r.get(1))); // numbered first: line numbers stay the file's, as in the CLI
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** A blank line is no cluster, in the CLI as here. */
    static boolean blank(byte[] line) {
        for (byte b : line) if (b != ' ' && b != '\t' && b != '\r' && b != '\n') return false;
        return true;
    }
}
