package dev.precis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;


import static dev.precis.server.SummarizeApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class StoryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path store;
    private static PrecisServer server;
    private static Http http;
    private static JsonNode added;

    @BeforeAll
    static void start() throws InterruptedException {
        server = PrecisServer.start(ServerSettings.defaults().withPort(0).withStore(store).withMaxArticles(10));
        http = new Http(server.port());
        while (!server.ready()) Thread.sleep(20);
        ArrayNode batch = JSON.createArrayNode();
        for (Article a : Fixtures.harbourFire().articles()) batch.add(article(a.id(), a.title(), a.text()));
        HttpResponse<String> r = http.post("/v1/articles", JSON.createObjectNode().set("articles", batch).toString());
        assertThat(r.statusCode()).isEqualTo(200);
        added = Http.json(r).get("articles");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ObjectNode article(String id, String title, String text) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("title", title);
        n.put("outlet", "Outlet " + id);
        n.put("date", "2025-03-04");
        n.put("text", text);
        return n;
    }

    @Test
    void addedArticlesSayWhichStoryTheyJoined() {
        assertThat(added).hasSize(3);
        assertThat(added.get(0).get("outcome").asText()).isEqualTo("started");
        long story = added.get(0).get("story").asLong();
        for (JsonNode a : added) {
            assertThat(a.get("story").asLong()).isEqualTo(story);
            assertThat(a.get("noise").isNull()).isTrue();
        }
        assertThat(added.get(1).get("outcome").asText()).isEqualTo("joined");
        String sameId = article(added.get(0).get("id").asText(), "", "Some other text entirely about nothing.").toString();
        JsonNode again = Http.json(http.post("/v1/articles", sameId));
        assertThat(again.get("articles").get(0).get("outcome").asText()).isEqualTo("already_stored");
    }

    @Test
    void storiesAreListedWithTheirSizeAndPagedByCursor() {
        ObjectNode other = article("council-vote", "Council approves budget",
                "The city council approved next year's budget on Tuesday by seven votes to two. The budget raises spending "
                        + "on schools and roads, and keeps the property tax rate unchanged, the mayor's office said. "
                        + "Opposition members said the plan relied on optimistic forecasts of tax income.");
        assertThat(http.post("/v1/articles", other.toString()).statusCode()).isEqualTo(200);
        JsonNode all = Http.json(http.get("/v1/stories"));
        assertThat(all.get("stories").size()).isGreaterThanOrEqualTo(2);
        JsonNode fire = null;
        for (JsonNode s : all.get("stories")) if (s.get("id").asLong() == added.get(0).get("story").asLong()) fire = s;
        assertThat(fire).isNotNull();
        assertThat(fire.get("articles").asInt()).isEqualTo(3);
        assertThat(fire.get("outlets").asInt()).isEqualTo(3);
        assertThat(fire.get("last_date").asText()).isEqualTo("2025-03-04");

        JsonNode first = Http.json(http.get("/v1/stories?limit=1"));
        assertThat(first.get("stories")).hasSize(1);
        String cursor = first.get("next_cursor").asText();
        JsonNode second = Http.json(http.get("/v1/stories?limit=1&cursor=" + cursor));
        assertThat(second.get("stories").get(0).get("id")).isNotEqualTo(first.get("stories").get(0).get("id"));
        assertThat(Http.json(http.get("/v1/stories?since=2999-01-01")).get("stories")).isEmpty();
    }

    @Test
    void aStoryHasItsSummaryEvidenceAndArticles() {
        long id = added.get(0).get("story").asLong();
        HttpResponse<String> r = http.get("/v1/stories/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = Http.json(r);
        assertThat(json.get("story").get("id").asLong()).isEqualTo(id);
        JsonNode summary = json.get("summary");
        assertThat(summary.get("schema").asText()).isEqualTo("precis.summary/1");
        assertThat(summary.get("sentences")).isNotEmpty();
        assertThat(summary.get("articles")).hasSize(3);
        assertThat(summary.has("quotes") && summary.has("disagreements") && summary.has("timeline")).isTrue();
        assertThat(http.get("/v1/stories/" + id).body()).isEqualTo(r.body());
    }

    @Test
    void anArticleShowsItsStoryAndBothTexts() {
        String id = added.get(1).get("id").asText();
        JsonNode a = Http.json(http.get("/v1/articles/" + id));
        assertThat(a.get("id").asText()).isEqualTo(id);
        assertThat(a.get("story").asLong()).isEqualTo(added.get(1).get("story").asLong());
        assertThat(a.get("outlet").asText()).isEqualTo("Outlet " + id);
        assertThat(a.get("text").asText()).isNotBlank();
        assertThat(a.get("clean_text").asText()).isNotBlank();
    }

    @Test
    void unknownStoriesAndArticlesAre404() {
        assertError(http.get("/v1/stories/999999"), 404, "not_found");
        assertError(http.get("/v1/stories/not-a-number"), 404, "not_found");
        assertError(http.get("/v1/articles/no-such-article"), 404, "not_found");
    }

    @Test
    void badStoryRequestsAre400() {
        assertError(http.get("/v1/stories?since=yesterday"), 400, "invalid_parameter");
        assertError(http.get("/v1/stories?limit=0"), 400, "invalid_parameter");
        assertError(http.get("/v1/stories?limit=1000"), 400, "invalid_parameter");
        assertError(http.get("/v1/stories?cursor=abc"), 400, "invalid_parameter");
        assertError(http.post("/v1/articles", "{\"articles\": ["), 400, "malformed_json");
        assertError(http.post("/v1/articles", "{\"text\": \"no id here\"}"), 400, "invalid_input");
        assertError(http.post("/v1/articles", "{\"id\": \"x\", \"text\": 5}"), 400, "invalid_input");
        assertError(http.post("/v1/articles", "{\"articles\": 5}"), 400, "invalid_input");
        assertError(http.post("/v1/articles", "[1]"), 400, "invalid_input");
        ArrayNode many = JSON.createArrayNode();
        for (int i = 0; i < 11; i++) many.add(article("m" + i, "", "Text number " + i + " of many."));
        assertError(http.post("/v1/articles", many.toString()), 400, "too_many_articles");
        assertThat(http.get("/metrics").body()).contains("precis_stories ").contains("precis_articles ");
    }

    @Test
    void theWebPageListsTheStoriesAndShowsOne() {
        long id = added.get(0).get("story").asLong();
        String index = http.get("/").body();
        assertThat(index).contains("href=\"/stories/" + id + "\"").contains("3 articles · 3 outlets");
        HttpResponse<String> page = http.get("/stories/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"summary\"").contains("id=\"articles\"");
        assertThat(http.get("/stories/424242").statusCode()).isEqualTo(404);
    }

}
