package dev.precis.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.BadInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * One cluster in the JSON input form, {@code {"id", "documents": ["text" | {"text", "title", "url",
 * "outlet", "date"}], "summary"?}} or Multi-News' {@code {"document": "a ||||| b"}}: the form of a
 * JSONL line, read from a string (an HTTP body) or from an already parsed line.
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
     * Reads one cluster from a JSON text.
     *
     * @param defaultId the cluster id when the object has none
     * @throws Malformed when the text is not JSON
     * @throws BadInputException when it is JSON but not a usable cluster
     */
    public static Cluster read(String json, String defaultId) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new Malformed("malformed JSON: " + e.getOriginalMessage().split("\\R")[0], e);
        }
        return toCluster(node, defaultId);
    }

    /** The text is not JSON at all (as opposed to JSON that does not describe a cluster). */
    public static final class Malformed extends BadInputException {
        Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Builds a cluster from one parsed JSON object. */
    public static Cluster toCluster(JsonNode node, String defaultId) {
        if (node == null || !node.isObject()) throw new BadInputException("expected a JSON object");
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull() && !idNode.isValueNode()) {
            throw new BadInputException("\"id\" must be a string");
        }
        String id = idNode != null && idNode.isValueNode() && !idNode.asText().isBlank()
                ? idNode.asText().strip() : defaultId;
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
                    Article a = fromObject(d, articles.size() + 1, i - 1);
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
        for (String piece : Texts.splitArticles(Texts.normalize(text))) {
            articles.add(Article.of(String.valueOf(articles.size() + 1), piece));
        }
    }

    private static Article fromObject(JsonNode d, int position, int index) {
        String id = str(d, "id", index);
        String text = str(d, "text", index);
        if (text.isEmpty()) text = str(d, "body", index);
        return new Article(id.isEmpty() ? String.valueOf(position) : id, str(d, "title", index),
                str(d, "outlet", index), Texts.parseDate(str(d, "date", index)), str(d, "url", index),
                Texts.normalize(text).strip());
    }

    /** A field's text; a list or an object where a value belongs is a caller's mistake worth naming. */
    private static String str(JsonNode d, String field, int index) {
        JsonNode v = d.get(field);
        if (v == null || v.isNull()) return "";
        if (!v.isValueNode()) {
            throw new BadInputException("documents[" + index + "]." + field + " must be a string, not "
                    + (v.isArray() ? "a list" : "an object"));
        }
        return v.asText();
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
}
