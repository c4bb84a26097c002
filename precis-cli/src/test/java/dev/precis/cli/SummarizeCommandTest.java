package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SummarizeCommandTest {
    private static final Path ALEPPO = CliRun.shared().resolve("examples/aleppo-truce");
    private static final Path OWN_EXAMPLE = CliRun.repoRoot().resolve("examples/harbour-fire");
    private static final List<String> DEBRIS = List.of("Share", "Advertisement", "3 min read", "[AFP]",
            "Source: News Agencies", "News | Politics", "Rebel neighborhoods", "Dave Clark with",
            "Attack on Syrian medical facility", "Russia Says Coalition Drone", "Humanitarian deliveries",
            "The US calls for no-fly zone", "Agencies contributed");

    @BeforeAll
    static void needsAleppo() {
        assumeTrue(Files.isDirectory(ALEPPO), "../shared/examples/aleppo-truce is not beside the repository");
    }

    @Test
    void textIsOneSentencePerLineWithinTheBudgetAndFreeOfDebris() {
        for (String algorithm : List.of("lead", "centroid", "lexrank", "textrank")) {
            CliRun run = CliRun.of("summarize", ALEPPO.toString(), "--algorithm", algorithm, "--words", "120");
            assertThat(run.exit()).as(run.err()).isZero();
            List<String> lines = run.out().strip().lines().toList();
            assertThat(lines).isNotEmpty();
            int words = lines.stream().mapToInt(l -> l.trim().split("\\s+").length).sum();
            assertThat(words).as(algorithm).isLessThanOrEqualTo(120);
            for (String debris : DEBRIS) assertThat(run.out()).as(algorithm).doesNotContain(debris);
            long residents = lines.stream().filter(l -> l.contains("250,000 residents")).count();
            assertThat(residents).as(algorithm + ": a repeated fact appears at most once").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void severalFoldersAreEachHeadedInTextAndMarkdownAndAreSeparateDocumentsInJson() {
        CliRun text = CliRun.of("summarize", ALEPPO.toString(), OWN_EXAMPLE.toString(), "--sentences", "2");
        assertThat(text.exit()).as(text.err()).isZero();
        List<String> lines = text.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("== aleppo-truce ==");
        assertThat(lines).contains("== harbour-fire ==").hasSize(2 + 2 + 2 + 1);
        assertThat(lines.get(3)).isEmpty();

        CliRun md = CliRun.of("summarize", ALEPPO.toString(), OWN_EXAMPLE.toString(), "--sentences", "1", "-f", "markdown");
        assertThat(md.out()).startsWith("# aleppo-truce\n\n## Summary").contains("\n# harbour-fire\n\n## Summary");

        CliRun json = CliRun.of("summarize", ALEPPO.toString(), OWN_EXAMPLE.toString(), "--sentences", "1", "-f", "json");
        assertThat(json.out()).doesNotContain("==");
        assertThat(jsonValues(json.out())).hasSize(2);

        CliRun one = CliRun.of("summarize", ALEPPO.toString(), "--sentences", "2");
        assertThat(one.out()).doesNotContain("==");
    }

    /** The JSON documents of an output, one after another (each may be pretty-printed). */
    private static List<JsonNode> jsonValues(String out) {
        try (var values = new ObjectMapper().readerFor(JsonNode.class).<JsonNode>readValues(out)) {
            return values.readAll();
        } catch (java.io.IOException e) {
            throw new AssertionError("not a sequence of JSON values: " + e.getMessage(), e);
        }
    }

    @Test
    void sentenceBudget() {
        CliRun run = CliRun.of("summarize", ALEPPO.toString(), "--sentences", "3");
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip().lines()).hasSize(3);
    }

    @Test
    void markdownCitesNumberedSources() {
        CliRun run = CliRun.of("summarize", ALEPPO.toString(), "--format", "markdown");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("## Summary").contains("## Sources").containsPattern("\\[[1-5]\\]");
        assertThat(run.out()).contains("1. Syria launches Aleppo push as truce plan flounders");
    }

    @Test
    void jsonSourcesPointAtTheExactTextOfEachArticle() throws Exception {
        CliRun run = CliRun.of("summarize", ALEPPO.toString(), "--format", "json", "--words", "200");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("schema").asText()).isEqualTo("precis.summary/1");
        JsonNode articles = root.path("articles");
        assertThat(articles.size()).isEqualTo(5);
        assertThat(root.path("sentences").size()).isPositive();
        for (JsonNode s : root.path("sentences")) {
            JsonNode sources = s.path("sources");
            assertThat(sources.size()).isPositive();
            for (int i = 0; i < sources.size(); i++) {
                JsonNode src = sources.get(i);
                JsonNode article = articles.get(src.path("index").asInt() - 1);
                assertThat(src.path("article").asText()).isEqualTo(article.path("id").asText());
                String cited = article.path("text").asText().substring(src.path("start").asInt(), src.path("end").asInt());
                if (i == 0) {
                    assertThat(cited.replaceAll("\\s+", " ").trim()).isEqualTo(s.path("text").asText());
                } else {
                    assertThat(cited).isNotBlank();
                }
            }
        }
        for (String key : List.of("facts", "disagreements", "quotes", "timeline")) {
            assertThat(root.has(key)).as(key).isTrue();
        }
    }

    @Test
    void aRepeatedFactIsCitedToEveryArticleThatCarriesIt() throws Exception {
        CliRun run = CliRun.of("summarize", ALEPPO.toString(), "--format", "json", "--words", "400");
        JsonNode root = new ObjectMapper().readTree(run.out());
        for (JsonNode s : root.path("sentences")) {
            if (s.path("text").asText().contains("250,000 residents")) {
                assertThat(s.path("sources").size()).isGreaterThanOrEqualTo(3);
                return;
            }
        }
        throw new AssertionError("the 250,000-residents fact is missing from a 400-word summary: " + run.out());
    }

    @Test
    void explainListsRemovedLinesWithReasons() {
        CliRun run = CliRun.of("summarize", ALEPPO.toString(), "--explain");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("Advertisement").contains("Source: News Agencies").contains("removed");
    }

    @Test
    void evidenceOffLeavesEvidenceEmpty() throws Exception {
        CliRun run = CliRun.of("summarize", ALEPPO.toString(), "--format", "json", "--evidence", "off");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("disagreements").size()).isZero();
        assertThat(root.path("quotes").size()).isZero();
    }

    @Test
    void ownExampleRuns() {
        assumeTrue(Files.isDirectory(OWN_EXAMPLE));
        CliRun run = CliRun.of("summarize", OWN_EXAMPLE.toString(), "--format", "markdown");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("## Sources").doesNotContain("Advertisement");
    }
}
