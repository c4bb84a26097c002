package dev.precis.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The main promise: Spark summarises every cluster exactly as ./precis summarize does. */
class CliIdentityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyClusterOfValRawGetsTheCliJsonByteForByte() {
        Path data = LocalSpark.shared("data/multinews/val-raw.jsonl");
        Run cli = Run.cli("summarize", data.toString(), "--format", "json");
        List<String> expected = cli.out().lines().toList();

        Path out = tmp.resolve("summaries");
        Run spark = Run.spark("summarize", data.toString(), "--out", out.toString(), "--partitions", "3");

        assertThat(spark.exit()).as(spark.err()).isEqualTo(cli.exit());
        assertThat(expected).hasSize(260);
        assertThat(Run.jsonlFolder(out)).containsExactlyElementsOf(expected);
        assertThat(spark.err()).contains("260 cluster(s) summarised");
    }

    @Test
    void budgetsAndSummarizerAreTheCliOptions() throws Exception {
        Path data = LocalSpark.shared("data/multinews/val-raw.jsonl");
        Path firstTen = tmp.resolve("ten.jsonl");
        java.nio.file.Files.write(firstTen, java.nio.file.Files.readAllLines(data).subList(0, 10));
        String[] options = {"--sentences", "2", "-a", "lexrank", "--evidence", "off"};
        Run cli = Run.cli(concat(new String[] {"summarize", firstTen.toString(), "--format", "json"}, options));
        Path out = tmp.resolve("out");
        Run spark = Run.spark(concat(new String[] {"summarize", firstTen.toString(), "--out", out.toString()}, options));

        assertThat(spark.exit()).as(spark.err()).isZero();
        List<String> lines = Run.jsonlFolder(out);
        assertThat(lines).containsExactlyElementsOf(cli.out().lines().toList());
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("algorithm").asText()).isEqualTo("lexrank");
        assertThat(first.get("sentences")).hasSize(2);
        assertThat(first.get("quotes")).isEmpty();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
