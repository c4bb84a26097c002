package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RougeCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return new CommandLine(new RougeCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    Path write(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, List.of(lines));
        return f;
    }

    @Test
    void scoresIdenticalSummariesAsOne() throws IOException {
        Path sys = write("sys.jsonl", "{\"id\":\"a\",\"summary\":\"The cat sat.\\nThe dog ran.\"}",
                "{\"id\":\"b\",\"summary\":[\"Rain fell on Monday.\"]}");
        Path ref = write("ref.jsonl", "{\"id\":\"b\",\"summary\":\"Rain fell on Monday.\"}",
                "{\"id\":\"a\",\"summary\":[\"The cat sat.\",\"The dog ran.\"]}");
        assertThat(run("--system", sys.toString(), "--reference", ref.toString(), "--json")).isZero();
        JsonNode j = JSON.readTree(out.toString());
        assertThat(j.get("summaries").asInt()).isEqualTo(2);
        assertThat(j.get("options").asText()).isEqualTo("-n 2 -m -2 4 -u -l 256");
        for (String m : List.of("rouge1", "rouge2", "rougeL", "rougeSU4")) {
            assertThat(j.get(m).get("f1").asDouble()).isEqualTo(1.0);
        }
        out.getBuffer().setLength(0);
        assertThat(run("--system", sys.toString(), "--reference", ref.toString(), "-b", "100", "--no-stem")).isZero();
        assertThat(out.toString()).contains("ROUGE-1.5.5 -n 2 -2 4 -u -b 100, mean of 2 summaries")
                .containsPattern("ROUGE-SU4 +1\\.00000 +1\\.00000 +1\\.00000");
    }

    @Test
    void namesMissingIds() throws IOException {
        Path sys = write("sys.jsonl", "{\"id\":\"a\",\"summary\":\"x\"}", "{\"id\":\"c\",\"summary\":\"x\"}");
        Path ref = write("ref.jsonl", "{\"id\":\"a\",\"summary\":\"x\"}", "{\"id\":\"b\",\"summary\":\"x\"}");
        assertThat(run("--system", sys.toString(), "--reference", ref.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n")
                .contains("1 id(s) of " + sys + " missing from " + ref + ": \"c\"")
                .contains("1 id(s) of " + ref + " missing from " + sys + ": \"b\"");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void rejectsBadInput() throws IOException {
        Path sys = write("sys.jsonl", "{\"id\":\"a\",\"summary\":3}");
        assertThat(run("--system", sys.toString(), "--reference", sys.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(sys + ":1: \"summary\" must be a string or a list of strings");
        assertThat(run("--system", sys.toString(), "--reference", sys.toString(), "-l", "5", "-b", "9")).isEqualTo(2);
        assertThat(run("--system", sys.toString(), "--reference", sys.toString(), "-l", "-3")).isEqualTo(2);
    }

    /** End to end on ROUGE-1.5.5's reference pairs: the means it prints are the plain means. */
    @Test
    void reproducesRouge155Means() throws IOException {
        Path data = Path.of(System.getProperty("precis.root", "..")).resolve("../shared/data/rouge");
        assumeTrue(Files.isRegularFile(data.resolve("rouge155-vectors.jsonl")));
        List<String> sys = new ArrayList<>();
        List<String> ref = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("rouge155-vectors.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            ObjectNode s = JSON.createObjectNode().put("id", n.get("id").asText());
            s.set("summary", n.get("system_sentences"));
            sys.add(s.toString());
            ObjectNode r = JSON.createObjectNode().put("id", n.get("id").asText());
            r.set("summary", n.get("reference_sentences"));
            ref.add(r.toString());
        }
        Path sysFile = write("sys.jsonl", sys.toArray(String[]::new));
        Path refFile = write("ref.jsonl", ref.toArray(String[]::new));
        JsonNode averages = JSON.readTree(data.resolve("rouge155-averages.json").toFile());
        String[][] configs = {{"std"}, {"nostem", "-l", "0", "--no-stem"}, {"b665", "-b", "665"}};
        for (String[] config : configs) {
            List<String> args = new ArrayList<>(List.of("--system", sysFile.toString(), "--reference", refFile.toString(), "--json"));
            args.addAll(List.of(config).subList(1, config.length));
            out.getBuffer().setLength(0);
            assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
            JsonNode got = JSON.readTree(out.toString());
            JsonNode want = averages.get(config[0]).get("plain_mean");
            String[][] names = {{"rouge1", "ROUGE-1"}, {"rouge2", "ROUGE-2"}, {"rougeL", "ROUGE-L"}, {"rougeSU4", "ROUGE-SU4"}};
            for (String[] m : names) {
                assertThat(got.get(m[0]).get("recall").asDouble()).isCloseTo(want.get(m[1]).get("R").asDouble(), within(1e-9));
                assertThat(got.get(m[0]).get("precision").asDouble()).isCloseTo(want.get(m[1]).get("P").asDouble(), within(1e-9));
                assertThat(got.get(m[0]).get("f1").asDouble()).isCloseTo(want.get(m[1]).get("F").asDouble(), within(1e-9));
            }
        }
    }
}
