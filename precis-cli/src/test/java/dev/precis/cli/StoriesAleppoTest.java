package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The five aleppo-truce articles, mixed one by one into a stream of 50 raw validation articles,
 * form one story with nothing else in it, and its summary is the one summarize gives on the folder.
 */
class StoriesAleppoTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aleppoFormsOneStoryAloneAndShowEqualsSummarize() throws IOException {
        Path aleppo = CliRun.shared().resolve("examples/aleppo-truce");
        Path raw = CliRun.shared().resolve("data/stories/val-raw-stream.jsonl");
        assumeTrue(Files.isDirectory(aleppo) && Files.exists(raw), "shared data not found");
        List<String> lines;
        try (Stream<String> s = Files.lines(raw)) {
            lines = s.limit(50).toList();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(aleppo)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(5);
        List<String> inputs = new ArrayList<>(List.of("stories", "add"));
        for (int part = 0; part < 5; part++) {
            Path chunk = dir.resolve("part-" + part + ".jsonl");
            Files.write(chunk, lines.subList(part * 10, part * 10 + 10));
            inputs.add(chunk.toString());
            inputs.add(files.get(part).toString());
        }
        Path store = dir.resolve("store");
        inputs.addAll(List.of("--store", store.toString()));
        CliRun add = CliRun.of(inputs.toArray(String[]::new));
        assertThat(add.exit()).as(add.err()).isZero();

        Set<String> aleppoIds = files.stream().map(f -> f.getFileName().toString().replace(".txt", "")).collect(Collectors.toSet());
        List<JsonNode> export = CliRun.of("stories", "export", "--store", store.toString()).out().lines()
                .map(StoriesAleppoTest::tree).toList();
        assertThat(export).hasSize(55);
        Set<Long> aleppoStories = export.stream().filter(n -> aleppoIds.contains(n.get("id").asText()))
                .map(n -> n.get("story").isNull() ? -1L : n.get("story").asLong()).collect(Collectors.toSet());
        assertThat(aleppoStories).hasSize(1).doesNotContain(-1L);
        long story = aleppoStories.iterator().next();
        assertThat(export.stream().filter(n -> !n.get("story").isNull() && n.get("story").asLong() == story)
                .map(n -> n.get("id").asText())).containsExactlyInAnyOrderElementsOf(aleppoIds);

        for (String format : List.of("text", "markdown")) {
            CliRun show = CliRun.of("stories", "show", Long.toString(story), "--store", store.toString(), "--format", format);
            CliRun summarize = CliRun.of("summarize", aleppo.toString(), "--format", format);
            assertThat(show.exit()).as(show.err()).isZero();
            assertThat(show.out()).isNotBlank().isEqualTo(summarize.out());
        }
        ObjectNode shown = (ObjectNode) tree(CliRun.of("stories", "show", Long.toString(story), "--store", store.toString(),
                "--format", "json").out());
        ObjectNode summarized = (ObjectNode) tree(CliRun.of("summarize", aleppo.toString(), "--format", "json").out());
        assertThat(shown.remove("id").asText()).isEqualTo("story-" + story);
        summarized.remove("id");
        assertThat(shown).isEqualTo(summarized);
    }

    private static JsonNode tree(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new AssertionError(s, e);
        }
    }
}
