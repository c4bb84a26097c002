package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.BadInputException;
import dev.precis.model.PrecisFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every batch form gives one record per cluster, and the exit code tells bad input from Precis' own faults. */
class InputFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY_A = "The city council approved a new transit budget on Tuesday. "
            + "The plan adds forty buses to the fleet by next spring. Riders welcomed the decision.";
    private static final String STORY_B = "A storm knocked out power to ten thousand homes on Sunday night. "
            + "Crews expect to restore service by Tuesday. Schools in the area will stay closed on Monday.";

    @TempDir
    Path dir;

    private static String cluster(String id, String text) {
        return "{\"id\":\"" + id + "\",\"documents\":[\"" + text + "\",\"" + text.replace("Tuesday", "Tuesday evening") + "\"]}";
    }

    private static List<String> ids(String jsonl) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : jsonl.strip().split("\n")) {
            JsonNode n = JSON.readTree(line);
            assertThat(n.has("summary") || n.has("sentences")).as(line).isTrue();
            out.add(n.get("id").asText());
        }
        return out;
    }

    @Test
    void ndjsonOfTwoClustersGivesTwoRecords() throws IOException {
        Path f = Files.writeString(dir.resolve("two.ndjson"), cluster("a", STORY_A) + "\n" + cluster("b", STORY_B) + "\n");
        CliRun run = CliRun.of("summarize", f.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(ids(run.out())).containsExactly("a", "b");
    }

    @Test
    void jsonArrayAndSingleObjectAreClusters() throws IOException {
        Path array = Files.writeString(dir.resolve("many.json"), "[" + cluster("a", STORY_A) + "," + cluster("b", STORY_B) + "]");
        CliRun run = CliRun.of("summarize", array.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(ids(run.out())).containsExactly("a", "b");

        Path one = Files.writeString(dir.resolve("one.json"), cluster("only", STORY_B));
        CliRun single = CliRun.of("summarize", one.toString());
        assertThat(single.exit()).as(single.err()).isZero();
        assertThat(ids(single.out())).containsExactly("only");
    }

    @Test
    void aTxtFileHoldingJsonLinesIsReadAsJsonl() throws IOException {
        Path f = Files.writeString(dir.resolve("clusters.txt"), cluster("a", STORY_A) + "\n" + cluster("b", STORY_B) + "\n");
        CliRun run = CliRun.of("summarize", f.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(ids(run.out())).containsExactly("a", "b");
    }

    @Test
    void aBadItemOfAJsonArrayIsItsOwnErrorRecord() throws IOException {
        Path f = Files.writeString(dir.resolve("mixed.json"), "[" + cluster("a", STORY_A) + ",{\"id\":\"x\"}]");
        CliRun run = CliRun.of("summarize", f.toString());
        assertThat(run.exit()).isEqualTo(Main.PARTIAL);
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("\"error\"").contains("cluster 2");
    }

    @Test
    void malformedJsonFileIsBadInput() throws IOException {
        Path f = Files.writeString(dir.resolve("broken.json"), "[{\"id\": ");
        CliRun run = CliRun.of("summarize", f.toString());
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).startsWith("precis: malformed JSON").doesNotContain("\tat ");
    }

    @Test
    void exitCodesTellBadInputFromInternalFaults() {
        assertThat(handled(new BadInputException("no such file or folder: x"))).startsWith("2 precis: no such file");
        assertThat(handled(new PrecisFault("learned model not on the classpath")))
                .startsWith("1 precis: internal error: learned model not on the classpath");
        assertThat(handled(new IllegalStateException("broken invariant")))
                .startsWith("1 precis: internal error: IllegalStateException: broken invariant");
        assertThat(Main.FAULT).isNotEqualTo(Main.BAD_INPUT).isNotEqualTo(Main.PARTIAL).isNotZero();
    }

    @Test
    void helpDocumentsTheExitCodes() {
        CliRun run = CliRun.of("--help");
        assertThat(run.out()).contains("Exit codes:").contains("1  internal error").contains("2  bad input")
                .contains("3  a batch");
    }

    private static String handled(Exception e) {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new Main());
        cmd.setErr(new PrintWriter(err, true));
        int code = Main.handle(e, cmd, null);
        return code + " " + err.toString().strip();
    }
}
