package dev.precis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.SummaryOptions;
import dev.precis.ingest.ClusterJson;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.BadInputException;
import dev.precis.model.Summary;
import dev.precis.render.JsonRenderer;
import dev.precis.stories.store.StoredArticle;
import dev.precis.stories.store.StoryRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The story routes: {@code POST /v1/articles}, {@code GET /v1/stories}, {@code GET /v1/stories/{id}},
 * {@code GET /v1/articles/{id}}. A story's summary is computed once per change of the store and
 * then served from memory.
 */
public final class StoryRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final ServerSettings settings;
    private final Summaries summaries;
    private final StoryService stories;
    private final Map<Long, Page> pages = new ConcurrentHashMap<>();

    /** A story's summary and its JSON answer, valid while the store's version is unchanged. */
    public record Page(long version, StoryRow row, Summary summary, byte[] json) {
    }

    StoryRoutes(ServerSettings settings, Summaries summaries, StoryService stories) {
        this.settings = settings;
        this.summaries = summaries;
        this.stories = stories;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/articles", this::add);
        routes.get("/v1/stories", this::list);
        routes.get("/v1/stories/{id}", ctx -> ctx.contentType("application/json").result(page(ctx.pathParam("id")).json()));
        routes.get("/v1/articles/{id}", this::article);
    }

    private void add(Context ctx) {
        List<Article> articles = articles(Bodies.utf8(ctx, settings.maxBodyBytes()));
        ObjectNode root = JSON.createObjectNode();
        ArrayNode out = root.putArray("articles");
        for (StoryService.Added a : stories.add(articles)) {
            ObjectNode n = out.addObject();
            n.put("id", a.id());
            n.put("outcome", a.outcome().name().toLowerCase(Locale.ROOT));
            if (a.story() < 0) n.putNull("story"); else n.put("story", a.story());
            if (a.noise() == null) n.putNull("noise"); else n.put("noise", a.noise());
        }
        ctx.contentType("application/json").result(root.toString());
    }

    /** One article object, a list of them, or {"articles": [...]}; each needs an id and a text. */
    private List<Article> articles(String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed_json", "malformed JSON: " + e.getOriginalMessage().split("\\R")[0]);
        }
        JsonNode list = node.isArray() ? node : node.isObject() && node.has("articles") ? node.get("articles") : null;
        ArrayNode docs = JSON.createArrayNode();
        if (list == null) {
            docs.add(node);
        } else if (list.isArray()) {
            docs.addAll((ArrayNode) list);
        } else {
            throw ApiError.badRequest("invalid_input", "\"articles\" must be a list");
        }
        SummarizeRoute.checkArticleCount(docs.size(), settings);
        for (int i = 0; i < docs.size(); i++) {
            JsonNode d = docs.get(i);
            if (!d.isObject()) throw ApiError.badRequest("invalid_input", "articles[" + i + "] is not an object");
            if (!d.path("id").isTextual() || d.get("id").asText().isBlank()) {
                throw ApiError.badRequest("invalid_input", "articles[" + i + "] needs an \"id\" string");
            }
            JsonNode text = d.has("text") ? d.get("text") : d.get("body");
            if (text == null || !text.isTextual() || text.asText().isBlank()) {
                throw ApiError.badRequest("invalid_input", "articles[" + i + "] needs a non-empty \"text\" string");
            }
        }
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.set("documents", docs);
        try {
            return ClusterJson.toCluster(wrapper, "articles").articles();
        } catch (BadInputException e) {
            throw ApiError.badRequest("invalid_input", e.getMessage());
        }
    }

    private void list(Context ctx) {
        LocalDate since = date(ctx.queryParam("since"));
        int limit = limit(ctx.queryParam("limit"));
        long cursor = cursor(ctx.queryParam("cursor"));
        List<StoryRow> rows = stories.list(since).stream().filter(r -> r.lastSeq() < cursor).toList();
        ObjectNode root = JSON.createObjectNode();
        ArrayNode out = root.putArray("stories");
        for (StoryRow r : rows.subList(0, Math.min(limit, rows.size()))) out.add(row(r));
        if (rows.size() > limit) root.put("next_cursor", String.valueOf(rows.get(limit - 1).lastSeq()));
        else root.putNull("next_cursor");
        ctx.contentType("application/json").result(root.toString());
    }

    /** The story's summary page, recomputed only when the store changed since it was made. */
    public Page page(String idText) {
        long id = StoryService.storyId(idText);
        long version = stories.version();
        Page cached = pages.get(id);
        if (cached != null && cached.version() == version) return cached;
        StoryRow row = stories.story(id);
        if (row == null || row.mergedInto() >= 0) throw StoryService.missing(row, id);
        Cluster cluster = stories.cluster(id);
        Summary summary = summaries.summarize(cluster, SummaryOptions.defaults(), settings.timeout());
        ObjectNode root = JSON.createObjectNode();
        root.set("story", row(row));
        root.set("summary", JsonRenderer.tree(summary));
        Page page = new Page(version, row, summary, root.toString().getBytes(StandardCharsets.UTF_8));
        pages.put(id, page);
        return page;
    }

    private void article(Context ctx) {
        StoredArticle a = stories.article(ctx.pathParam("id"));
        if (a == null) throw ApiError.notFound("no article '" + ctx.pathParam("id") + "'");
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.source().id());
        if (a.story() < 0) n.putNull("story"); else n.put("story", a.story());
        if (a.noise() == null) n.putNull("noise"); else n.put("noise", a.noise());
        n.put("title", a.source().title());
        n.put("outlet", a.source().outlet());
        n.put("url", a.source().url());
        if (a.source().date() == null) n.putNull("date"); else n.put("date", a.source().date().toString());
        n.put("text", a.source().text());
        n.put("clean_text", a.cleanText());
        ctx.contentType("application/json").result(n.toString());
    }

    private ObjectNode row(StoryRow r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", r.id());
        n.put("headline", r.headline());
        n.put("articles", r.articles());
        n.put("outlets", stories.outlets(r.id()));
        if (r.firstDate() == null) n.putNull("first_date"); else n.put("first_date", r.firstDate().toString());
        if (r.lastDate() == null) n.putNull("last_date"); else n.put("last_date", r.lastDate().toString());
        n.put("updated_at", r.updatedAt().toString());
        return n;
    }

    private static LocalDate date(String v) {
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("invalid_parameter", "since must be a date like 2016-09-23, not '" + v + "'");
        }
    }

    private static int limit(String v) {
        if (v == null) return DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(v.strip());
            if (n > 0 && n <= MAX_LIMIT) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.badRequest("invalid_parameter", "limit must be 1.." + MAX_LIMIT + ", not '" + v + "'");
    }

    private static long cursor(String v) {
        if (v == null || v.isBlank()) return Long.MAX_VALUE;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid_parameter", "cursor must be the next_cursor of an earlier page");
        }
    }
}
