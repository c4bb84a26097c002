package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Three invented clusters whose reference repeats one source sentence word for word. */
    private Path data() throws IOException {
        StringBuilder lines = new StringBuilder();
        String[][] stories = {
                {"The city council approved a transit budget on Tuesday that adds forty buses to the fleet.",
                        "Riders groups welcomed the plan but said service at night was still too thin.",
                        "The council approved forty new buses on Tuesday in a budget vote of nine to two."},
                {"A storm cut power to twelve thousand homes in the valley on Sunday night.",
                        "Crews expected to restore most connections by Monday evening, the utility said.",
                        "Twelve thousand homes lost power when the storm brought down lines on Sunday."},
                {"The museum reopened its north wing after a two year renovation costing eight million euros.",
                        "Visitors queued from early morning to see the restored ceiling paintings.",
                        "After two years and eight million euros of work, the north wing of the museum reopened."}};
        for (int i = 0; i < stories.length; i++) {
            String[] s = stories[i];
            var node = JSON.createObjectNode();
            node.put("id", "story-" + i);
            node.putArray("documents").add(s[0] + " " + s[1]).add(s[2]);
            node.put("summary", "– " + s[0]);
            lines.append(node).append('\n');
        }
        return Files.writeString(dir.resolve("clusters.jsonl"), lines.toString());
    }

    @Test
    void evalJsonHasTheDocumentedKeysAndPlausibleScores() throws IOException {
        Path out = dir.resolve("summaries.jsonl");
        CliRun run = CliRun.of("eval", "--data", data().toString(), "--json", "--words", "40", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode n = JSON.readTree(run.out());
        for (String key : List.of("rouge1", "rouge2", "rougeSU4", "rougeL", "clustersPerSecond", "meanMs",
                "p99Ms", "wallSeconds", "clusters", "algorithm")) {
            assertThat(n.has(key)).as(key).isTrue();
        }
        assertThat(n.path("clusters").asInt()).isEqualTo(3);
        // The reference is one of the source sentences, so a 40-word summary must recover most of it.
        assertThat(n.path("rouge1").asDouble()).isBetween(0.4, 1.0);
        assertThat(n.path("p99Ms").asDouble()).isGreaterThanOrEqualTo(n.path("meanMs").asDouble() * 0.999 - 1e-9);
        assertThat(Files.readAllLines(out)).hasSize(3).allSatisfy(l -> assertThat(l).contains("\"summary\":["));
    }

    @Test
    void writtenSummariesScoreTheSameThroughTheRougeCommand() throws IOException {
        Path data = data();
        Path out = dir.resolve("summaries.jsonl");
        CliRun eval = CliRun.of("eval", "--data", data.toString(), "--json", "--words", "40", "--out", out.toString());
        CliRun rouge = CliRun.of("rouge", "--system", out.toString(), "--reference", data.toString(), "--json");
        assertThat(rouge.exit()).as(rouge.err()).isZero();
        double viaEval = JSON.readTree(eval.out()).path("rouge2").asDouble();
        double viaRouge = JSON.readTree(rouge.out()).path("rouge2").path("f1").asDouble();
        // The rouge command averages ROUGE-1.5.5's 5-decimal figures; eval averages exact ones.
        assertThat(viaRouge).isCloseTo(viaEval, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void benchComparesEverySummarizerInOneTable() throws IOException {
        CliRun run = CliRun.of("bench", "--data", data().toString(), "--words", "40");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("| algorithm |").contains("| lead |").contains("| lexrank |")
                .contains("| textrank |").contains("| centroid |").contains("cores");
    }

    @Test
    void dataWithoutReferencesIsAClearError() throws IOException {
        Path f = Files.writeString(dir.resolve("noref.jsonl"), "{\"id\":\"a\",\"documents\":[\"Some text here for once.\"]}\n");
        CliRun run = CliRun.of("eval", "--data", f.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no clusters with a reference");
    }
}
