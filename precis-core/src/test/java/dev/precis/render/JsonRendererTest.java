package dev.precis.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.SummarySentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRendererTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void topLevelFieldsInSchemaOrder() throws Exception {
        JsonNode root = parse(new JsonRenderer(false).render(RenderFixtures.withEvidence()));
        assertThat(fields(root)).containsExactly("schema", "id", "algorithm", "words", "sentences", "facts",
                "disagreements", "quotes", "timeline", "articles");
        assertThat(root.get("schema").asText()).isEqualTo("precis.summary/1");
        assertThat(root.get("id").asText()).isEqualTo("harbour-fire");
        assertThat(root.get("algorithm").asText()).isEqualTo("learned");
        assertThat(root.get("words").asInt()).isEqualTo(8);
    }

    @Test
    void sentencesAreOneLineWithCitationsInOrder() throws Exception {
        JsonNode first = parse(new JsonRenderer(false).render(RenderFixtures.withEvidence())).get("sentences").get(0);
        assertThat(fields(first)).containsExactly("text", "sources");
        assertThat(first.get("text").asText()).isEqualTo("Fire crews contained the blaze.");
        JsonNode source = first.get("sources").get(1);
        assertThat(fields(source)).containsExactly("article", "index", "start", "end", "match");
        assertThat(source.get("article").asText()).isEqualTo("a2");
        assertThat(source.get("index").asInt()).isEqualTo(2); // 1-based, as in Markdown
        assertThat(source.get("start").asInt()).isZero();
        assertThat(source.get("end").asInt()).isEqualTo(36);
        assertThat(source.get("match").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void evidenceObjectsCarryTheirDocumentedFields() throws Exception {
        JsonNode root = parse(new JsonRenderer(false).render(RenderFixtures.withEvidence()));
        JsonNode fact = root.get("facts").get(0);
        assertThat(fields(fact)).containsExactly("text", "support", "sources");
        assertThat(fact.get("support").asInt()).isEqualTo(2);

        JsonNode disagreement = root.get("disagreements").get(0);
        assertThat(fields(disagreement)).containsExactly("subject", "sides");
        JsonNode side = disagreement.get("sides").get(1);
        assertThat(fields(side)).containsExactly("value", "wording", "source", "sources");
        assertThat(side.get("value").asText()).isEqualTo("three");
        assertThat(side.get("wording").asText()).isEqualTo("three\nworkers"); // exact source text, not folded
        assertThat(side.get("source").get("index").asInt()).isEqualTo(2);  // the first citation
        assertThat(side.get("sources")).hasSize(2);

        JsonNode quote = root.get("quotes").get(0);
        assertThat(fields(quote)).containsExactly("text", "speaker", "sources");
        assertThat(quote.get("speaker").isNull()).isTrue();
        assertThat(root.get("quotes").get(1).get("speaker").asText()).isEqualTo("Ana Costa");

        JsonNode undated = root.get("timeline").get(0);
        assertThat(fields(undated)).containsExactly("date", "when", "text", "source");
        assertThat(undated.get("date").isNull()).isTrue();
        assertThat(undated.get("when").asText()).isEqualTo("on Monday");
        assertThat(root.get("timeline").get(1).get("date").asText()).isEqualTo("2025-03-03");
    }

    @Test
    void articlesAreNumberedFromOneWithTheirCleanedText() throws Exception {
        JsonNode articles = parse(new JsonRenderer(false).render(RenderFixtures.withEvidence())).get("articles");
        assertThat(articles).hasSize(2);
        JsonNode first = articles.get(0);
        assertThat(fields(first)).containsExactly("index", "id", "title", "outlet", "url", "date", "text", "offTopic");
        assertThat(first.get("offTopic").isNull()).isTrue();
        assertThat(first.get("index").asInt()).isEqualTo(1);
        assertThat(first.get("date").asText()).isEqualTo("2025-03-04");
        assertThat(first.get("text").asText()).isEqualTo("Fire crews contained the blaze.");
        assertThat(articles.get(1).get("date").isNull()).isTrue();
        assertThat(articles.get(1).get("title").asText()).isEmpty();
    }

    @Test
    void withoutEvidenceTheEvidenceArraysArePresentAndEmpty() throws Exception {
        JsonNode root = parse(new JsonRenderer(false).render(RenderFixtures.plain(List.of(
                new SummarySentence("Contained.", 0, List.of())))));
        for (String field : List.of("facts", "disagreements", "quotes", "timeline")) {
            assertThat(root.get(field).isArray()).as(field).isTrue();
            assertThat(root.get(field)).as(field).isEmpty();
        }
    }

    @Test
    void compactIsOneLineAndPrettyIsTheSameTree() throws Exception {
        String compact = new JsonRenderer(false).render(RenderFixtures.withEvidence());
        String pretty = new JsonRenderer(true).render(RenderFixtures.withEvidence());
        assertThat(compact).endsWith("\n");
        assertThat(compact.strip()).doesNotContain("\n");
        assertThat(pretty.strip().lines().count()).isGreaterThan(10);
        assertThat(parse(pretty)).isEqualTo(parse(compact));
    }

    @Test
    void renderingIsStable() {
        JsonRenderer r = new JsonRenderer(false);
        assertThat(r.render(RenderFixtures.withEvidence())).isEqualTo(r.render(RenderFixtures.withEvidence()));
    }
}
