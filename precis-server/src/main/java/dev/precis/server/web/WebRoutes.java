package dev.precis.server.web;

import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.server.ApiError;
import dev.precis.server.ServerSettings;
import dev.precis.server.StoryRoutes;
import dev.precis.server.StoryService;
import dev.precis.server.Summaries;
import dev.precis.stories.store.StoryRow;
import dev.precis.SummaryOptions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The web page: story list, story pages, the paste box, and its stylesheet and script. */
public final class WebRoutes {
    private static final String HTML = "text/html; charset=utf-8";
    /** Stories on the front page, newest first; the API pages through the rest. */
    private static final int LISTED = 50;

    private final ServerSettings settings;
    private final Summaries summaries;
    private final StoryService stories;
    private final StoryRoutes storyRoutes;
    private final byte[] css = resource("precis.css");
    private final byte[] js = resource("precis.js");

    /** {@code stories} and {@code storyRoutes} are null for a server without a story store. */
    public WebRoutes(ServerSettings settings, Summaries summaries, StoryService stories, StoryRoutes storyRoutes) {
        this.settings = settings;
        this.summaries = summaries;
        this.stories = stories;
        this.storyRoutes = storyRoutes;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.contentType(HTML).result(IndexView.page(storyList())));
        routes.get("/stories/{id}", this::story);
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

    private List<StoryLine> storyList() {
        if (stories == null) return null;
        List<StoryLine> lines = new ArrayList<>();
        for (StoryRow r : stories.list(null)) {
            if (lines.size() == LISTED) break;
            lines.add(new StoryLine(String.valueOf(r.id()), r.headline().isBlank() ? "Story " + r.id() : r.headline(),
                    r.articles(), stories.outlets(r.id()), updated(r)));
        }
        return lines;
    }

    private void story(Context ctx) {
        try {
            if (storyRoutes == null) throw ApiError.notFound("this server keeps no stories");
            StoryRoutes.Page page = storyRoutes.page(ctx.pathParam("id"));
            ctx.contentType(HTML).result(StoryView.page(page.summary(), updated(page.row())));
        } catch (ApiError e) {
            ctx.status(e.status()).contentType(HTML).result(ErrorPage.page(e.status(), e.reason()));
        }
    }

    private static String updated(StoryRow r) {
        return r.lastDate() != null ? r.lastDate().toString() : r.updatedAt().toLocalDate().toString();
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
