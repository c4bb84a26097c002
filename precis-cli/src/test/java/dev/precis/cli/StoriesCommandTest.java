package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stories subcommand on a small hand-written stream, and its one-line errors. */
class StoriesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRE = "A fire broke out at the Kingsport harbour warehouse on Monday night, and "
            + "firefighters from three stations fought the blaze until dawn. Harbour master Elena Varga said two cranes "
            + "were damaged and the container terminal would stay closed while investigators examine the warehouse.";
    private static final String FIRE_2 = "Investigators are examining the Kingsport harbour warehouse where a fire "
            + "burned through Monday night. Harbour master Elena Varga said the container terminal stays closed and two "
            + "cranes need repairs after firefighters from three stations fought the blaze.";
    private static final String VOTE = "Voters in the province of Lorren elected a new governor on Sunday, choosing "
            + "the former mayor Tomas Brandt over the incumbent after a campaign dominated by hospital waiting lists "
            + "and road tolls. Brandt won fifty-four percent of the vote, the election commission said.";

    @TempDir
    Path dir;
    Path store;
    Path stream;

    @BeforeEach
    void writeStream() throws IOException {
        store = dir.resolve("store");
        stream = dir.resolve("stream.jsonl");
        Files.write(stream, List.of(
                line("fire-1", FIRE, "2024-03-04", "Harbour fire closes terminal", "story-x"),
                line("vote-1", VOTE, "2024-03-03", "Brandt wins Lorren", null),
                line("notice", "Please enable cookies on your web browser in order to continue.", "2024-03-04", "", null),
                line("fire-2", FIRE_2, "2024-03-05", "", "story-x")));
    }

    private static String line(String id, String text, String date, String title, String story) {
        var n = JSON.createObjectNode().put("id", id).put("text", text).put("date", date).put("title", title);
        if (story == null) n.putNull("story"); else n.put("story", story);
        return n.toString();
    }

    private CliRun stories(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "stories";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store";
        all[args.length + 2] = store.toString();
        return CliRun.of(all);
    }

    private static void assertOneLineError(CliRun run, String fragment) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("precis: ").contains(fragment).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void addGroupsAndReportsAndAddingAgainChangesNothing() {
        CliRun add = stories("add", stream.toString());
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("added 4 of 4 articles").contains("2 started a story").contains("1 joined one")
                .contains("1 kept unassigned as noise").contains("2 live stories");
        String export = stories("export").out();
        CliRun again = stories("add", stream.toString());
        assertThat(again.out()).contains("added 0 of 4 articles").contains("4 already stored");
        assertThat(stories("export").out()).isEqualTo(export);
    }

    @Test
    void exportGivesEachArticleItsStoryOrTheNoiseReason() throws IOException {
        stories("add", stream.toString());
        List<JsonNode> lines = stories("export").out().lines().map(StoriesCommandTest::tree).toList();
        assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("fire-1", "vote-1", "notice", "fire-2");
        assertThat(lines.get(0).get("story").asLong()).isEqualTo(lines.get(3).get("story").asLong());
        assertThat(lines.get(1).get("story").asLong()).isNotEqualTo(lines.get(0).get("story").asLong());
        assertThat(lines.get(2).get("story").isNull()).isTrue();
        assertThat(lines.get(2).get("noise").asText()).startsWith("no story text");
    }

    @Test
    void listShowsLiveStoriesWithTitlesAndFiltersByDate() {
        stories("add", stream.toString());
        CliRun list = stories("list");
        assertThat(list.out()).contains("Harbour fire closes terminal").contains("2024-03-04..2024-03-05")
                .contains("Brandt wins Lorren").contains("2 stories");
        JsonNode json = tree(stories("list", "--format", "json", "--since", "2024-03-04").out());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("articles").asInt()).isEqualTo(2);
        assertThat(json.get(0).get("headline").asText()).isEqualTo("Harbour fire closes terminal");
    }

    @Test
    void showGivesTheStorysSummaryInEveryFormat() {
        stories("add", stream.toString());
        long id = tree(stories("export").out().lines().findFirst().orElseThrow()).get("story").asLong();
        for (String format : List.of("text", "markdown")) {
            CliRun show = stories("show", Long.toString(id), "--format", format);
            assertThat(show.exit()).as(show.err()).isZero();
            assertThat(show.out()).isNotBlank().contains("Kingsport");
        }
        JsonNode json = tree(stories("show", Long.toString(id), "--format", "json").out());
        assertThat(json.get("id").asText()).isEqualTo("story-" + id);
        assertThat(json.get("articles")).hasSize(2);
    }

    @Test
    void evalScoresTheStreamAgainstItsLabels() {
        CliRun eval = CliRun.of("stories", "eval", "--data", stream.toString(), "--json");
        assertThat(eval.exit()).as(eval.err()).isZero();
        JsonNode n = tree(eval.out());
        assertThat(n.get("articles").asInt()).isEqualTo(4);
        assertThat(n.get("all").get("pair_f1").asDouble()).isEqualTo(1.0);
        assertThat(n.get("all").get("bcubed_f1").asDouble()).isEqualTo(1.0);
        assertThat(n.get("parts")).hasSize(2);
    }

    @Test
    void badInputGetsOneLine() throws IOException {
        assertOneLineError(stories("add", dir.resolve("missing.jsonl").toString()), "no such file or folder");
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"x\", \"text\": \"fine\"}\nnot json\n");
        assertOneLineError(stories("add", bad.toString()), "bad.jsonl:2: not valid JSON");
        assertOneLineError(stories("list", "--since", "yesterday"), "--since takes a date");
        assertOneLineError(stories("list", "--format", "xml"), "--format takes text or json");
        assertOneLineError(stories("show", "abc"), "a story id is a number");
        assertOneLineError(stories("show", "12345"), "no story 12345");
        assertOneLineError(stories("show", "1", "--format", "pdf"), "pdf");
        assertOneLineError(CliRun.of("stories", "list", "--db", "postgres://x"), "--db takes a JDBC URL");
        assertOneLineError(CliRun.of("stories", "eval", "--data", dir.resolve("none.jsonl").toString()), "no such file");
        Path unlabelled = Files.writeString(dir.resolve("plain.jsonl"), "{\"id\": \"x\", \"text\": \"" + FIRE + "\"}\n");
        assertOneLineError(CliRun.of("stories", "eval", "--data", unlabelled.toString()), "no \"story\" label");
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertOneLineError(CliRun.of("stories", "list", "--store", file.toString()), "store");
    }

    private static JsonNode tree(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new AssertionError(s, e);
        }
    }
}
