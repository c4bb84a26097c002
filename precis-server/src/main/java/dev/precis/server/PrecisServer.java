package dev.precis.server;

import dev.precis.Pipeline;
import dev.precis.server.web.WebRoutes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * Precis over HTTP: the JSON API under {@code /v1}, health and metrics, and the web page at
 * {@code /}. All requests share one pipeline, loaded in the background at start.
 */
public final class PrecisServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PrecisServer.class);

    private final ServerSettings settings;
    private final Readiness readiness;
    private final Metrics metrics = new Metrics();
    private final Summaries summaries;
    private final StoryService stories;
    private final Javalin app;

    private PrecisServer(ServerSettings settings, Supplier<Pipeline> loader) {
        this.settings = settings;
        this.readiness = new Readiness(loader);
        this.summaries = new Summaries(readiness, settings.workers(), settings.queue(), metrics);
        metrics.gauge("precis_summaries_in_flight", "Summaries running or waiting for a worker", summaries::inFlight);
        this.stories = settings.store() == null ? null : StoryService.open(settings.store());
        if (stories != null) {
            metrics.gauge("precis_stories", "Live stories in the store", stories::storyCount);
            metrics.gauge("precis_articles", "Articles in the store", stories::articleCount);
        }
        this.app = Javalin.create(this::configure);
    }

    /** Starts a server with the standard pipeline, its models loaded before it is ready. */
    public static PrecisServer start(ServerSettings settings) {
        return start(settings, ModelWarmUp::standardPipeline);
    }

    /** Starts a server whose pipeline comes from {@code loader} (called once, in the background). */
    public static PrecisServer start(ServerSettings settings, Supplier<Pipeline> loader) {
        padJettyQueuesWithoutJmx();
        PrecisServer server = new PrecisServer(settings, loader);
        try {
            server.app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Jetty sizes the padding of its thread pool's queue from the size of a reference, and unless told
     * it asks the platform MBean server, which it starts for that alone: about 130 ms of CPU on the
     * main thread (2-core machine, class-data archive on) before the server can answer. Sixteen
     * references fill a 64-byte cache line when they are compressed (any heap under 32 GiB) and two
     * lines when they are not, so the queue's ends never share a line either way. A value set on the
     * command line is kept.
     */
    static void padJettyQueuesWithoutJmx() {
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
        }
    }

    static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    public int port() {
        return app.port();
    }

    public boolean ready() {
        return readiness.ready();
    }

    @Override
    public void close() {
        try {
            app.stop();
            summaries.close();
        } finally {
            if (stories != null) stories.close();
        }
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.jetty.multipartConfig.maxTotalRequestSize(settings.maxBodyBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxFileSize(settings.maxBodyBytes(), SizeUnit.BYTES);
        config.requestLogger.http(metrics::request);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));

        SummarizeRoute summarize = new SummarizeRoute(settings, summaries);
        config.routes.get("/live", ctx -> ctx.contentType("application/json").result(status("live")));
        config.routes.get("/ready", ctx -> {
            readiness.pipeline();
            ctx.contentType("application/json").result(status("ready"));
        });
        config.routes.get("/metrics", ctx -> ctx.contentType(Metrics.CONTENT_TYPE).result(metrics.scrape()));
        config.routes.post("/v1/summarize", summarize::handle);
        StoryRoutes storyRoutes = stories == null ? null : new StoryRoutes(settings, summaries, stories);
        if (storyRoutes != null) storyRoutes.register(config.routes);
        new WebRoutes(settings, summaries, stories, storyRoutes).register(config.routes);

        config.routes.exception(ApiError.class, (e, ctx) -> ErrorBody.write(ctx, e));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> ErrorBody.write(ctx, fromJavalin(e)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal fault on {} {}", ctx.method(), ctx.path(), e);
            ErrorBody.write(ctx, new ApiError(500, "internal_error",
                    "the server failed to answer this request; the fault is logged"));
        });
        config.routes.error(404, ctx -> {
            if (ctx.attribute(Metrics.ERROR_TYPE) == null) {
                ErrorBody.write(ctx, ApiError.notFound("no route for " + ctx.method() + " " + ctx.path()));
            }
        });
    }

    private static String status(String value) {
        return "{\"status\":\"" + value + "\"}";
    }

    private static ApiError fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> ApiError.notFound("no such route");
            case 413 -> new ApiError(413, "body_too_large", e.getMessage());
            case 400 -> ApiError.badRequest("bad_request", e.getMessage());
            default -> new ApiError(e.getStatus(), "http_" + e.getStatus(), e.getMessage());
        };
    }
}
