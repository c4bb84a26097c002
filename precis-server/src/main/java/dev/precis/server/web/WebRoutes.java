package dev.precis.server.web;

import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.server.ApiError;
import dev.precis.server.ServerSettings;
import dev.precis.server.Summaries;
import dev.precis.SummaryOptions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The web page: story list, story pages, the paste box, and its stylesheet and script. */
public final class WebRoutes {
    private static final String HTML = "text/html; charset=utf-8";

    private final ServerSettings settings;
    private final Summaries summaries;
    private final byte[] css = resource("precis.css");
    private final byte[] js = resource("precis.js");

    public WebRoutes(ServerSettings settings, Summaries summaries) {
        this.settings = settings;
        this.summaries = summaries;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.contentType(HTML).result(IndexView.page(null)));
        routes.post("/paste", this::paste);
        routes.get("/static/precis.css", ctx -> asset(ctx, "text/css; charset=utf-8", css));
        routes.get("/static/precis.js", ctx -> asset(ctx, "text/javascript; charset=utf-8", js));
    }

    private void paste(Context ctx) {
        try {
            Cluster cluster = PasteRoute.cluster(ctx);
            if (cluster.articles().size() > settings.maxArticles()) {
                throw ApiError.badRequest("too_many_articles", cluster.articles().size()
                        + " articles; the limit is " + settings.maxArticles());
            }
            Summary summary = summaries.summarize(cluster, SummaryOptions.defaults(), settings.timeout());
            ctx.contentType(HTML).result(StoryView.page(summary, null));
        } catch (ApiError e) {
            ctx.status(e.status()).contentType(HTML).result(ErrorPage.page(e.status(), e.reason()));
        }
    }

    private static void asset(Context ctx, String type, byte[] bytes) {
        ctx.header("Cache-Control", "public, max-age=3600").contentType(type).result(bytes);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebRoutes.class.getResourceAsStream("/dev/precis/server/web/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
