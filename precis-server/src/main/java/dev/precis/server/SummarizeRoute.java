package dev.precis.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.ingest.ClusterJson;
import dev.precis.model.Cluster;
import dev.precis.model.BadInputException;
import dev.precis.model.Summary;
import dev.precis.render.ExplainedJson;
import dev.precis.render.JsonRenderer;
import io.javalin.http.Context;

/**
 * {@code POST /v1/summarize}: a cluster in the CLI's JSON input form in, the JSON of
 * {@code summarize --format json} out (compact; {@code pretty} indents it as the CLI does).
 */
final class SummarizeRoute {
    private final ServerSettings settings;
    private final Summaries summaries;

    SummarizeRoute(ServerSettings settings, Summaries summaries) {
        this.settings = settings;
        this.summaries = summaries;
    }

    void handle(Context ctx) {
        SummaryRequest request = SummaryRequest.from(ctx, settings);
        Cluster cluster = readCluster(Bodies.utf8(ctx, settings.maxBodyBytes()), settings);
        Summary summary = summaries.summarize(cluster, request.options(), request.timeout());
        ctx.contentType("application/json").result(json(summary, request));
    }

    static Cluster readCluster(String body, ServerSettings settings) {
        Cluster cluster;
        try {
            cluster = ClusterJson.read(body, "cluster");
        } catch (ClusterJson.Malformed e) {
            throw ApiError.badRequest("malformed_json", e.getMessage());
        } catch (BadInputException e) {
            throw ApiError.badRequest("invalid_input", e.getMessage());
        }
        checkArticleCount(cluster.articles().size(), settings);
        return cluster;
    }

    static void checkArticleCount(int articles, ServerSettings settings) {
        if (articles > settings.maxArticles()) {
            throw ApiError.badRequest("too_many_articles", articles + " articles in one request; the limit is "
                    + settings.maxArticles());
        }
    }

    static String json(Summary summary, SummaryRequest request) {
        if (!request.explain()) return new JsonRenderer(request.pretty()).render(summary);
        ObjectNode tree = ExplainedJson.tree(summary);
        return (request.pretty() ? tree.toPrettyString() : tree.toString()) + "\n";
    }
}
