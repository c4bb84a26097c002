package dev.precis.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.Article;
import dev.precis.model.BadInputException;
import dev.precis.model.Cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Clusters from JSON, the one reader of the cluster record for every front end: the CLI's JSONL
 * lines and {@code .json} files, an HTTP request body, a Spark row. Articles are capped at
 * {@link Limits#MAX_ARTICLE_CHARS} like every other input.
 */
public final class ClusterJson {
    static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Limits.MAX_JSONL_LINE_BYTES)
                    .build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ClusterJson() {
    }

    /**
     * The clusters of one JSON text: an array of cluster objects, or one cluster object.
     *
     * @param fallbackId the id of a cluster that has none (numbered {@code -2}, {@code -3}... after the first in an array)
     * @throws BadInputException for malformed JSON or a record that is not a cluster
     */
    public static List<Cluster> read(String json, String fallbackId) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadInputException("malformed JSON: " + e.getOriginalMessage().split("\\R")[0]);
        }
        if (node == null || node.isMissingNode()) throw new BadInputException("empty JSON input");
        List<Cluster> out = new ArrayList<>();
        if (node.isArray()) {
            int i = 0;
            for (JsonNode c : node) {
                String id = i == 0 ? fallbackId : fallbackId + "-" + (i + 1);
                try {
                    out.add(toCluster(c, id));
                } catch (BadInputException e) {
                    throw new BadInputException("cluster [" + i + "]: " + e.getMessage());
                }
                i++;
            }
            if (out.isEmpty()) throw new BadInputException("an empty JSON array: no clusters");
            return out;
        }
        return List.of(toCluster(node, fallbackId));
    }

    /** One cluster from a JSON text holding one cluster object. */
    public static Cluster readOne(String json, String fallbackId) {
        List<Cluster> all = read(json, fallbackId);
        if (all.size() != 1) throw new BadInputException("expected one cluster, got " + all.size());
        return all.get(0);
    }

    /**
     * Builds a cluster from one parsed JSON object: {@code {"id", "documents": [text or
     * {"id", "text", "title", "url", "outlet", "date"}], "summary"?}} or Multi-News'
     * {@code {"document": "a ||||| b"}}.
     *
     * @param fallbackId the id when the object has none
     * @throws BadInputException saying what is wrong with the object
     */
    public static Cluster toCluster(JsonNode node, String fallbackId) {
        if (node == null || !node.isObject()) throw new BadInputException("expected a JSON object");
        JsonNode idNode = node.get("id");
        String id = idNode != null && idNode.isValueNode() && !idNode.asText().isBlank()
                ? idNode.asText().strip() : fallbackId;
        List<Article> articles = new ArrayList<>();
        JsonNode docs = node.get("documents");
        JsonNode joined = node.get("document");
        if (docs != null && !docs.isNull()) {
            if (!docs.isArray()) throw new BadInputException("\"documents\" must be a list");
            int i = 0;
            for (JsonNode d : docs) {
                i++;
                if (d.isTextual()) {
                    addSplit(articles, d.asText());
                } else if (d.isObject()) {
                    Article a = fromObject(d, articles.size() + 1);
                    if (!a.text().isBlank()) articles.add(a);
                } else if (!d.isNull()) {
                    throw new BadInputException("documents[" + (i - 1) + "] is not a string or an object");
                }
            }
        } else if (joined != null && joined.isTextual()) {
            addSplit(articles, joined.asText());
        } else {
            throw new BadInputException("no \"documents\" list (or Multi-News \"document\" string)");
        }
        if (articles.isEmpty()) throw new BadInputException("no non-empty documents");
        return new Cluster(id, articles, reference(node.get("summary")));
    }

    private static void addSplit(List<Article> articles, String text) {
        for (String piece : Texts.splitArticles(text)) {
            articles.add(Article.of(String.valueOf(articles.size() + 1), piece));
        }
    }

    private static Article fromObject(JsonNode d, int position) {
        String id = str(d, "id");
        String text = str(d, "text");
        if (text.isEmpty()) text = str(d, "body");
        return new Article(id.isEmpty() ? String.valueOf(position) : id, str(d, "title"), str(d, "outlet"),
                Texts.parseDate(str(d, "date")), str(d, "url"), Texts.normalize(text).strip());
    }

    static String str(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? "" : v.asText();
    }

    private static String reference(JsonNode s) {
        if (s == null || s.isNull()) return "";
        if (s.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode x : s) {
                if (!x.isValueNode()) continue;
                if (sb.length() > 0) sb.append('\n');
                sb.append(Texts.normalize(x.asText()).strip());
            }
            return sb.toString();
        }
        return s.isValueNode() ? Texts.normalize(s.asText()).strip() : "";
    }

    /** One article from a JSON object {@code {"id", "text", "title", "url", "outlet", "date"}}. */
    public static Article article(JsonNode node, String fallbackId) {
        if (node == null || !node.isObject()) throw new BadInputException("expected an article object");
        Article a = fromObject(node, 1);
        if (str(node, "id").isEmpty()) a = new Article(fallbackId, a.title(), a.outlet(), a.date(), a.url(), a.text());
        if (a.text().isBlank()) throw new BadInputException("article '" + a.id() + "' has no text");
        return a;
    }
}
