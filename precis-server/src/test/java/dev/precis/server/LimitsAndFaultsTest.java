package dev.precis.server;

import dev.precis.Summarizers;

import dev.precis.clean.rules.Rules;

import dev.precis.Pipeline;
import dev.precis.clean.Cleaner;
import dev.precis.clean.RuleCleaner;
import dev.precis.evidence.DefaultEvidenceFinder;
import dev.precis.order.SourceOrderer;
import dev.precis.segment.OpenNlpSegmenter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.precis.server.SummarizeApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

class LimitsAndFaultsTest {
    private static final ServerSettings TEST = ServerSettings.defaults().withPort(0);

    private static Pipeline pipeline(Cleaner cleaner) {
        return new Pipeline(cleaner, new OpenNlpSegmenter(), new SourceOrderer(), new DefaultEvidenceFinder(), Summarizers.standard());
    }

    private static PrecisServer startReady(ServerSettings settings, Pipeline pipeline) throws InterruptedException {
        PrecisServer server = PrecisServer.start(settings, () -> pipeline);
        while (!server.ready()) Thread.sleep(10);
        return server;
    }

    @Test
    void aBodyOverTheCapIs413WhetherItsLengthIsDeclaredOrChunked() throws Exception {
        String body = Fixtures.harbourFireJson();
        try (PrecisServer server = startReady(TEST.withMaxBodyBytes(body.length() - 1), Pipeline.standard())) {
            Http http = new Http(server.port());
            assertError(http.post("/v1/summarize", body), 413, "body_too_large");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
            assertError(http.post("/v1/summarize", chunked, "application/json"), 413, "body_too_large");
        }
        try (PrecisServer server = startReady(TEST.withMaxBodyBytes(body.length() + 1), Pipeline.standard())) {
            assertThat(new Http(server.port()).post("/v1/summarize", body).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void moreArticlesThanTheCapIs400() throws Exception {
        try (PrecisServer server = startReady(TEST.withMaxArticles(2), Pipeline.standard())) {
            HttpResponse<String> r = new Http(server.port()).post("/v1/summarize", Fixtures.harbourFireJson());
            assertError(r, 400, "too_many_articles");
            assertThat(Http.json(r).get("error").get("reason").asText()).isEqualTo("3 articles in one request; the limit is 2");
        }
    }

    @Test
    void aTimedOutSummaryIs503AndItsWorkIsReallyStopped() throws Exception {
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicInteger segmented = new AtomicInteger();
        CountDownLatch stopped = new CountDownLatch(1);
        Cleaner slow = cluster -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
            return Rules.cleaner().clean(cluster);
        };
        OpenNlpSegmenter real = new OpenNlpSegmenter();
        Pipeline pipeline = new Pipeline(slow, (c, clean) -> {
            segmented.incrementAndGet();
            return real.segment(c, clean);
        }, new SourceOrderer(), new DefaultEvidenceFinder(), Summarizers.standard());
        try (PrecisServer server = startReady(TEST.withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(30)), pipeline)) {
            Http http = new Http(server.port());
            HttpResponse<String> r = http.post("/v1/summarize?timeout_ms=200", Fixtures.harbourFireJson());
            assertError(r, 503, "timeout");
            assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(interrupted).isTrue();
            Thread.sleep(100);
            assertThat(segmented).as("no stage runs after the cancel").hasValue(0);
            assertThat(http.get("/metrics").body()).contains("precis_summaries_cancelled_total 1.0");
        }
    }

    @Test
    void aRequestedTimeoutIsCappedAtTheServerMaximum() throws Exception {
        Cleaner slow = cluster -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Rules.cleaner().clean(cluster);
        };
        try (PrecisServer server = startReady(TEST.withTimeouts(Duration.ofMillis(100), Duration.ofMillis(300)), pipeline(slow))) {
            long start = System.nanoTime();
            HttpResponse<String> r = new Http(server.port()).post("/v1/summarize?timeout_ms=25000", Fixtures.harbourFireJson());
            assertError(r, 503, "timeout");
            assertThat(Http.json(r).get("error").get("reason").asText()).contains("300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        }
    }

    /** A cleaner that says it started, then holds its worker until {@code release} opens. */
    private static Cleaner blockingCleaner(CountDownLatch started, CountDownLatch release) {
        return cluster -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Rules.cleaner().clean(cluster);
        };
    }

    @Test
    void whenEveryWorkerAndQueuePlaceIsTakenTheNextRequestIs503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Cleaner blocking = blockingCleaner(started, release);
        try (PrecisServer server = startReady(TEST.withWorkers(1, 1), pipeline(blocking))) {
            Http http = new Http(server.port());
            String body = Fixtures.harbourFireJson();
            List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
            held.add(CompletableFuture.supplyAsync(() -> http.post("/v1/summarize", body)));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            held.add(CompletableFuture.supplyAsync(() -> http.post("/v1/summarize", body)));
            for (int i = 0; i < 500 && !http.get("/metrics").body().contains("precis_summaries_in_flight 2.0"); i++) {
                Thread.sleep(10);
            }
            HttpResponse<String> refused = null;
            for (int i = 0; i < 100 && refused == null; i++) {
                HttpResponse<String> r = http.post("/v1/summarize?timeout_ms=50", body);
                if (Http.json(r).get("error").get("type").asText().equals("overloaded")) refused = r;
                Thread.sleep(20);
            }
            assertThat(refused).isNotNull();
            assertError(refused, 503, "overloaded");
            release.countDown();
            for (CompletableFuture<HttpResponse<String>> f : held) assertThat(f.get().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRequestThatTimesOutWhileQueuedGivesItsQueuePlaceBack() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Cleaner blocking = blockingCleaner(started, release);
        try (PrecisServer server = startReady(TEST.withWorkers(1, 1), pipeline(blocking))) {
            Http http = new Http(server.port());
            String body = Fixtures.harbourFireJson();
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> http.post("/v1/summarize", body));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertError(http.post("/v1/summarize?timeout_ms=100", body), 503, "timeout");
            CompletableFuture<HttpResponse<String>> queued = CompletableFuture.supplyAsync(() -> http.post("/v1/summarize", body));
            for (int i = 0; i < 500 && !http.get("/metrics").body().contains("precis_summaries_in_flight 2.0"); i++) {
                Thread.sleep(10);
            }
            release.countDown();
            assertThat(running.get().statusCode()).isEqualTo(200);
            assertThat(queued.get().statusCode()).as("the timed-out request's place was free").isEqualTo(200);
        }
    }

    @Test
    void anInternalFaultIs500WithoutAStackTraceInTheBody() throws Exception {
        Cleaner broken = cluster -> {
            throw new IllegalStateException("cleaner exploded at dev.precis.Secret");
        };
        try (PrecisServer server = startReady(TEST, pipeline(broken))) {
            HttpResponse<String> r = new Http(server.port()).post("/v1/summarize", Fixtures.harbourFireJson());
            assertError(r, 500, "internal_error");
            assertThat(r.body()).doesNotContain("exploded").doesNotContain("dev.precis");
        }
    }

    @Test
    void untilTheModelsAreLoadedReadyAndSummarizeAre503ButLiveAnswers() throws Exception {
        CountDownLatch loaded = new CountDownLatch(1);
        try (PrecisServer server = PrecisServer.start(TEST, () -> {
            try {
                loaded.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Pipeline.standard();
        })) {
            Http http = new Http(server.port());
            assertThat(http.get("/live").statusCode()).isEqualTo(200);
            assertError(http.get("/ready"), 503, "not_ready");
            assertError(http.post("/v1/summarize", Fixtures.harbourFireJson()), 503, "not_ready");
            loaded.countDown();
            while (!server.ready()) Thread.sleep(10);
            assertThat(http.get("/ready").statusCode()).isEqualTo(200);
            assertThat(http.post("/v1/summarize", Fixtures.harbourFireJson()).statusCode()).isEqualTo(200);
        }
    }
}
