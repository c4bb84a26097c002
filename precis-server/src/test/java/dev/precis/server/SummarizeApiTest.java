package dev.precis.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.ingest.ClusterJson;
import dev.precis.model.Cluster;
import dev.precis.render.JsonRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class SummarizeApiTest {
    private static PrecisServer server;
    private static Http http;

    @BeforeAll
    static void start() throws InterruptedException {
        server = PrecisServer.start(ServerSettings.defaults().withPort(0));
        http = new Http(server.port());
        while (!server.ready()) Thread.sleep(20);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answersWithExactlyTheJsonOfSummarizeFormatJson() {
        String body = Fixtures.harbourFireJson();
        HttpResponse<String> r = http.post("/v1/summarize", body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        Cluster cluster = ClusterJson.read(body, "cluster");
        String cli = new JsonRenderer(false).render(Precis.summarize(cluster, SummaryOptions.defaults()));
        assertThat(r.body()).isEqualTo(cli);
        JsonNode json = Http.json(r);
        assertThat(json.get("schema").asText()).isEqualTo(JsonRenderer.SCHEMA);
        assertThat(json.get("id").asText()).isEqualTo("harbour-fire");
        JsonNode first = json.get("sentences").get(0);
        JsonNode source = first.get("sources").get(0);
        String article = json.get("articles").get(source.get("index").asInt() - 1).get("text").asText();
        assertThat(first.get("text").asText())
                .isEqualTo(article.substring(source.get("start").asInt(), source.get("end").asInt()).replaceAll("\\s+", " ").strip());
    }

    @Test
    void takesTheOptionsOfSummarize() {
        String body = Fixtures.harbourFireJson();
        JsonNode two = Http.json(http.post("/v1/summarize?sentences=2&algorithm=lexrank&evidence=off", body));
        assertThat(two.get("sentences")).hasSize(2);
        assertThat(two.get("algorithm").asText()).isEqualTo("lexrank");
        assertThat(two.get("facts")).isEmpty();
        assertThat(two.get("quotes")).isEmpty();
        JsonNode words = Http.json(http.post("/v1/summarize?words=30", body));
        assertThat(words.get("words").asInt()).isLessThanOrEqualTo(30);
        JsonNode explained = Http.json(http.post("/v1/summarize?explain=true", body));
        assertThat(explained.get("articles").get(0).has("dropped")).isTrue();
        assertThat(Http.json(http.post("/v1/summarize", body)).get("articles").get(0).has("dropped")).isFalse();
        HttpResponse<String> pretty = http.post("/v1/summarize?pretty=true", body);
        assertThat(pretty.body()).contains("\n  \"schema\"");
        assertThat(Http.json(pretty)).isEqualTo(Http.json(http.post("/v1/summarize", body)));
    }

    @Test
    void badOptionsAre400WithTheErrorShape() {
        String body = Fixtures.harbourFireJson();
        for (String query : List.of("words=abc", "words=0", "sentences=-2", "words=5&sentences=2",
                "algorithm=nonesuch", "evidence=maybe", "timeout_ms=soon")) {
            HttpResponse<String> r = http.post("/v1/summarize?" + query, body);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            assertError(r, 400, "invalid_parameter");
        }
        assertThat(Http.json(http.post("/v1/summarize?algorithm=nonesuch", body)).get("error").get("reason").asText())
                .contains("unknown algorithm 'nonesuch'");
    }

    @Test
    void malformedJsonAndWrongFieldTypesAre400() {
        assertError(http.post("/v1/summarize", "{\"documents\": [\"a\""), 400, "malformed_json");
        assertError(http.post("/v1/summarize", "not json"), 400, "malformed_json");
        assertError(http.post("/v1/summarize", "{\"documents\": 5}"), 400, "invalid_input");
        assertError(http.post("/v1/summarize", "{\"documents\": [{\"text\": \"a b c\", \"title\": {}}]}"), 400, "invalid_input");
        assertError(http.post("/v1/summarize", "[]"), 400, "invalid_input");
        assertError(http.post("/v1/summarize", ""), 400, "empty_body");
        assertError(http.post("/v1/summarize", "{\"documents\": [\"Share\\nFollow us\"]}"), 400, "invalid_input");
        HttpResponse<String> notUtf8 = http.post("/v1/summarize",
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xC3, '}'}), "application/json");
        assertError(notUtf8, 400, "invalid_encoding");
    }

    @Test
    void unknownRoutesAndMethodsAre404WithTheErrorShape() {
        assertError(http.get("/v1/nothing-here"), 404, "not_found");
        assertError(http.get("/v1/summarize"), 404, "not_found");
        assertError(http.post("/v2/summarize", "{}"), 404, "not_found");
    }

    @Test
    void requestsJettyRefusesBeforeAnyRouteGetTheSameErrorShape() throws Exception {
        for (String request : List.of("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n")) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json");
                JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
                assertThat(json.get("status").asInt()).isEqualTo(400);
                assertThat(json.get("error").get("type").asText()).isEqualTo("bad_request");
            }
        }
    }

    @Test
    void concurrentRequestsShareThePipelineAndGetTheSameAnswer() throws Exception {
        String body = Fixtures.harbourFireJson();
        String expected = http.post("/v1/summarize", body).body();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) answers.add(clients.submit(() -> http.post("/v1/summarize", body)));
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).isEqualTo(expected);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void liveReadyAndMetrics() {
        HttpResponse<String> live = http.get("/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(Http.json(live).get("status").asText()).isEqualTo("live");
        HttpResponse<String> ready = http.get("/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(Http.json(ready).get("status").asText()).isEqualTo("ready");

        http.post("/v1/summarize", Fixtures.harbourFireJson());
        http.post("/v1/summarize", "not json");
        HttpResponse<String> metrics = http.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(metrics.body())
                .contains("# TYPE precis_http_requests_total counter")
                .containsPattern("precis_http_requests_total\\{method=\"POST\",route=\"/v1/summarize\",status=\"200\"} [1-9]")
                .containsPattern("precis_http_errors_total\\{type=\"malformed_json\"} [1-9]")
                .contains("precis_http_request_duration_seconds_bucket{route=\"/v1/summarize\",le=\"0.1\"}")
                .contains("precis_summaries_in_flight");
    }

    static void assertError(HttpResponse<String> r, int status, String type) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode json = Http.json(r);
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("error").get("type").asText()).isEqualTo(type);
        assertThat(json.get("error").get("reason").asText()).isNotBlank().doesNotContain("\n");
        assertThat(json.size()).isEqualTo(2);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
