package dev.precis.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.Precis;
import dev.precis.eval.EvalResult;
import dev.precis.eval.Evaluator;
import dev.precis.eval.Rouge;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.model.Cluster;
import dev.precis.segment.OpenNlpSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvalParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Forty clusters with a bad line and a reference-less cluster among them, scored both ways. */
    @Test
    void meansAreTheCoreEvaluatorsToTheLastBit() throws Exception {
        Path data = sample();
        List<Cluster> clusters = Sources.readAll(data).stream()
                .filter(ClusterInput::ok).map(ClusterInput::cluster).filter(Cluster::hasReference).toList();
        EvalResult core = new Evaluator(Precis.pipeline(), Rouge.standard(), OpenNlpSegmenter::sentences)
                .run(clusters, new SummarySettings(256, 0, null, false).options(), Evaluator.Listener.NONE);

        ScoredClusters.Result spark = ScoredClusters.evaluate(
                ClusterLines.read(LocalSpark.spark(), data.toString(), ClusterLines.Format.JSONL).repartition(3),
                new SummarySettings(256, 0, null, false));

        assertThat(spark.clusters()).isEqualTo(core.clusters()).isEqualTo(39);
        assertThat(spark.failed()).isEqualTo(core.failed());
        assertThat(spark.mean().rouge1().f1()).isEqualTo(core.rouge1());
        assertThat(spark.mean().rouge2().f1()).isEqualTo(core.rouge2());
        assertThat(spark.mean().rougeSU4().f1()).isEqualTo(core.rougeSU4());
        assertThat(spark.mean().rougeL().f1()).isEqualTo(core.rougeL());
    }

    @Test
    void evalCommandPrintsTheCliFigures() throws Exception {
        Path data = sample();
        JsonNode cli = JSON.readTree(Run.cli("eval", "--data", data.toString(), "--json").out());
        Run run = Run.spark("eval", data.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode spark = JSON.readTree(run.out());
        for (String field : List.of("algorithm", "clusters", "failed", "rouge1", "rouge2", "rougeSU4", "rougeL")) {
            assertThat(spark.get(field)).as(field).isEqualTo(cli.get(field));
        }
        assertThat(spark.get("rouge1").asDouble()).isBetween(0.2, 0.6);
    }

    /** The first 40 val-raw clusters, one of them without its reference, and a line that is not JSON. */
    private Path sample() throws Exception {
        List<String> lines = new java.util.ArrayList<>(
                Files.readAllLines(LocalSpark.shared("data/multinews/val-raw.jsonl")).subList(0, 40));
        lines.set(5, lines.get(5).replaceFirst("\"summary\": *\"", "\"no_summary\": \""));
        lines.add(7, "{not json");
        Path p = tmp.resolve("sample.jsonl");
        Files.write(p, lines);
        return p;
    }
}
