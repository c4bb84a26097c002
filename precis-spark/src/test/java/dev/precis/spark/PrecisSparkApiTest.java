package dev.precis.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.render.JsonRenderer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.assertj.core.api.Assertions.assertThat;

/** The Java API, the UDF and Parquet, on the repository's own example (no shared data needed). */
class PrecisSparkApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StructType CLUSTERS = new StructType()
            .add("id", DataTypes.StringType)
            .add("documents", DataTypes.createArrayType(DataTypes.StringType));

    @TempDir
    Path tmp;

    @Test
    void datasetOfClustersBecomesDatasetOfSummaryColumns() throws Exception {
        List<Row> rows = summaries().collectAsList();

        assertThat(rows).hasSize(2);
        Row fire = rows.get(0);
        assertThat(fire.<Long>getAs("line")).isEqualTo(1L);
        assertThat(fire.<String>getAs("id")).isEqualTo("harbour-fire");
        assertThat(fire.<String>getAs("error")).isNull();
        List<Row> sentences = fire.getList(fire.fieldIndex("sentences"));
        assertThat(sentences).isNotEmpty();
        JsonNode expected = JSON.readTree(cliJson());
        assertThat(sentences.get(0).<String>getAs("text")).isEqualTo(expected.at("/sentences/0/text").asText());
        assertThat(fire.<Integer>getAs("words")).isEqualTo(expected.get("words").asInt());
        assertThat(fire.getList(fire.fieldIndex("articles"))).hasSize(2);

        Row empty = rows.get(1);
        assertThat(empty.<String>getAs("id")).isNull();
        assertThat(empty.<String>getAs("error")).isEqualTo("line 2: no non-empty documents");
        assertThat(empty.isNullAt(empty.fieldIndex("sentences"))).isTrue();
    }

    @Test
    void registeredUdfGivesTheSummaryJson() throws Exception {
        SparkSession spark = LocalSpark.spark();
        PrecisSpark.registerUdf(spark, "precis_summarize", SummarySettings.defaults());
        clusters().createOrReplaceTempView("clusters");

        List<Row> rows = spark.sql("SELECT precis_summarize(to_json(struct(id, documents))) AS summary FROM clusters").collectAsList();

        String expected = cliJson();
        assertThat(rows.get(0).getString(0)).isEqualTo(expected);
        assertThat(rows.get(1).getString(0)).isEqualTo("{\"id\":null,\"line\":0,\"error\":\"line 0: no non-empty documents\"}");
        Row parsed = spark.sql("SELECT precis_summarize(to_json(struct(id, documents))) AS summary FROM clusters")
                .select(from_json(col("summary"), SummarySchema.SUMMARY).alias("s")).select("s.algorithm").first();
        assertThat(parsed.getString(0)).isEqualTo(JSON.readTree(expected).get("algorithm").asText());
    }

    @Test
    void parquetInAndOutKeepsInputOrderAndErrors() throws Exception {
        Path in = tmp.resolve("clusters.parquet");
        clusters().write().parquet(in.toString());
        Path out = tmp.resolve("summaries.parquet");

        Run run = Run.spark("summarize", in.toString(), "--out", out.toString(), "--partitions", "2");

        assertThat(run.exit()).as("one cluster cannot be summarised: exit 1 as the CLI").isEqualTo(SparkMain.PARTIAL);
        assertThat(run.err()).contains("2 cluster(s) summarised").contains("1 failed");
        List<Row> rows = LocalSpark.spark().read().parquet(out.toString()).orderBy("line").collectAsList();
        assertThat(rows).extracting(r -> r.<String>getAs("id")).containsExactly("harbour-fire", null);
        assertThat(rows.get(0).<String>getAs("schema")).isEqualTo(JsonRenderer.SCHEMA);
        assertThat(rows.get(1).<String>getAs("error")).contains("no non-empty documents");
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        Run missing = Run.spark("summarize", tmp.resolve("nothing-here.jsonl").toString(), "--out", tmp.resolve("o").toString());
        assertThat(missing.exit()).isEqualTo(SparkMain.BAD_INPUT);
        assertThat(missing.err()).startsWith("precis-spark: ").contains("nothing-here.jsonl");
        assertThat(missing.err().lines()).hasSize(1);

        Run words = Run.spark("summarize", "x.jsonl", "--out", "y", "--words", "0");
        assertThat(words.exit()).isEqualTo(SparkMain.BAD_INPUT);
        assertThat(words.err().strip()).isEqualTo("precis-spark: --words must be positive");

        Run format = Run.spark("summarize", "x.csv", "--out", "y", "--input-format", "csv");
        assertThat(format.err().strip()).isEqualTo("precis-spark: format takes jsonl, parquet or auto, not 'csv'");
    }

    private Dataset<Row> summaries() throws Exception {
        return PrecisSpark.summarize(clusters(), SummarySettings.defaults()).orderBy("line");
    }

    private static Dataset<Row> clusters() {
        List<Row> rows = List.of(
                RowFactory.create("harbour-fire", List.of(text("01-coastal-courier.txt"), text("02-north-sea-wire.txt"))),
                RowFactory.create(null, List.of("")));
        return LocalSpark.spark().createDataFrame(rows, CLUSTERS).coalesce(1);
    }

    /** What ./precis summarize --format json prints for the example cluster as a JSONL line. */
    private String cliJson() throws Exception {
        var line = JSON.createObjectNode().put("id", "harbour-fire");
        line.putArray("documents").add(text("01-coastal-courier.txt")).add(text("02-north-sea-wire.txt"));
        Path jsonl = tmp.resolve("example.jsonl");
        Files.writeString(jsonl, line.toString() + "\n");
        return Run.cli("summarize", jsonl.toString(), "--format", "json").out().lines().findFirst().orElseThrow();
    }

    private static String text(String file) {
        try {
            return Files.readString(LocalSpark.repo("examples/harbour-fire").resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
