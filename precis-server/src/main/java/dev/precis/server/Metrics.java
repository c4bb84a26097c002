package dev.precis.server;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/** The server's Prometheus metrics: requests, latency, errors, cancelled work, stories and articles. */
final class Metrics {
    /** Context attribute naming the error type of a failed request, for the error counter. */
    static final String ERROR_TYPE = "precis.error.type";
    static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = new PrometheusTextFormatWriter(false);
    private final Counter requests = Counter.builder()
            .name("precis_http_requests_total").help("HTTP requests answered, by route, method and status")
            .labelNames("route", "method", "status").register(registry);
    private final Histogram latency = Histogram.builder()
            .name("precis_http_request_duration_seconds").help("Time to answer a request, by route")
            .labelNames("route").classicOnly()
            .classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
            .register(registry);
    private final Counter errors = Counter.builder()
            .name("precis_http_errors_total").help("Requests answered with an error, by error type")
            .labelNames("type").register(registry);
    private final Counter cancelled = Counter.builder()
            .name("precis_summaries_cancelled_total")
            .help("Summaries stopped because their request timed out").register(registry);

    /** Records one answered request; called by Javalin's request logger, after errors are mapped. */
    void request(Context ctx, float millis) {
        Endpoint matched = ctx.endpoints().lastHttpEndpoint();
        String route = matched == null ? "unmatched" : matched.path;
        requests.labelValues(route, ctx.method().name(), String.valueOf(ctx.statusCode())).inc();
        latency.labelValues(route).observe(millis / 1000.0);
        String type = ctx.attribute(ERROR_TYPE);
        if (type != null) errors.labelValues(type).inc();
    }

    void cancelled() {
        cancelled.inc();
    }

    /** Exposes a count kept elsewhere (the story store's) as a gauge read at scrape time. */
    void gauge(String name, String help, LongSupplier value) {
        GaugeWithCallback.builder().name(name).help(help)
                .callback(cb -> cb.call(value.getAsLong())).register(registry);
    }

    String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
