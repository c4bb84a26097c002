package dev.precis.server.web;

import dev.precis.server.PrecisServer;
import dev.precis.server.ServerSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The web page as served, without a browser: what a reader without script gets. */
class WebPageTest {
    static final String FIRE_A = "Harbour fire destroys warehouse\n\nA fire broke out at the harbour on Monday night, "
            + "destroying a warehouse, the fire service said. Firefighters fought the blaze for six hours. "
            + "\"It was the biggest fire we have seen here in years,\" said chief officer Anna Berg. "
            + "No one was hurt.";
    static final String FIRE_B = "Warehouse lost in harbour blaze\n\nA warehouse at the harbour burned down on Monday night. "
            + "The fire service said firefighters fought the blaze for six hours before it was out. "
            + "Police said the cause of the fire is not yet known.";

    private static PrecisServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws InterruptedException {
        server = PrecisServer.start(ServerSettings.defaults().withPort(0));
        client = HttpClient.newHttpClient();
        while (!server.ready()) Thread.sleep(20);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void frontPageHasThePasteBoxAndNoExternalResources() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document doc = Jsoup.parse(r.body());
        assertThat(doc.select("form[action=/paste] textarea[name=text]")).hasSize(1);
        assertThat(doc.select("form[action=/paste] input[type=file][name=files][multiple]")).hasSize(1);
        assertThat(doc.select("label[for=paste-text]")).hasSize(1);
        assertThat(doc.select("meta[name=viewport]")).hasSize(1);
        for (Element e : doc.select("[src], link[href]")) {
            assertThat(e.attr("src") + e.attr("href")).startsWith("/static/");
        }
        assertThat(get("/static/precis.css").statusCode()).isEqualTo(200);
        assertThat(get("/static/precis.js").headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
    }

    @Test
    void pastedArticlesGiveAStoryPageWhoseCitationsLeadToTheirExactPassages() throws Exception {
        HttpResponse<String> r = paste(FIRE_A + "\n---\n" + FIRE_B);
        assertThat(r.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(r.body());
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Harbour fire destroys warehouse");
        assertThat(doc.select("#summary li")).isNotEmpty();
        assertThat(doc.select("#articles article")).hasSize(2);
        assertThat(doc.select("#articles details.dropped summary").first().text()).startsWith("What the cleaner removed (");
        Element cite = doc.selectFirst("#summary a.cite");
        Element passage = doc.getElementById(cite.attr("href").substring(1));
        assertThat(passage).as("every citation has its passage on the page").isNotNull();
        String sentence = cite.parent().parent().selectFirst(".text").text();
        assertThat(passage.selectFirst("mark").text()).isEqualTo(sentence);
        int article = Integer.parseInt(passage.attr("data-article"));
        int start = Integer.parseInt(passage.attr("data-start"));
        int end = Integer.parseInt(passage.attr("data-end"));
        String text = String.join("\n", doc.select("#article-" + article + " details.text p").eachText());
        assertThat(text.replaceAll("\\s+", " ")).contains(sentence);
        assertThat(end - start).isEqualTo(passage.selectFirst("mark").wholeText().length());
        assertThat(doc.select("#quotes blockquote").text()).contains("It was the biggest fire we have seen here in years");
        for (Element link : doc.select("a.cite")) {
            assertThat(doc.getElementById(link.attr("href").substring(1))).isNotNull();
        }
    }

    @Test
    void anEmptyPasteIsABadRequestPageNotAStackTrace() throws Exception {
        HttpResponse<String> r = paste("   ");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.body()).selectFirst(".error").text()).isEqualTo("paste at least one article or choose a file");
    }

    @Test
    void articleTextIsEscapedNotInterpreted() throws Exception {
        HttpResponse<String> r = paste("A fire broke out at the harbour <script>alert(1)</script> on Monday night, officials said. "
                + "Firefighters fought the fire for hours.\n---\n" + FIRE_B);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(r.body()).select("main script")).isEmpty();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> paste(String text) throws IOException, InterruptedException {
        String form = "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/paste"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
