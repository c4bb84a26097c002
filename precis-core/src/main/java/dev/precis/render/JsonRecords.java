package dev.precis.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.BadInputException;
import dev.precis.model.CleanArticle;
import dev.precis.model.Drop;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;

/**
 * The one-line JSON records of batch output, one writer each: a summary in the chosen format, the
 * summary sentences alone ({@code {"id", "summary": [...]}}, what ROUGE scoring reads), and the error
 * record of a cluster that could not be summarised ({@code {"id", "line", "error"}}). The CLI, the
 * evaluation command and the Spark job all write these, so the files they make are interchangeable.
 */
public final class JsonRecords {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRecords() {
    }

    /**
     * The record of one summary in {@code format}: the full summary object for json (with each
     * article's removed lines as {@code dropped} when {@code explain}), {@code {"id", "markdown"}}, or
     * the sentence lines for text.
     */
    public static ObjectNode summary(Summary s, String format, boolean explain) {
        return switch (format) {
            case "json" -> {
                ObjectNode tree = JsonRenderer.tree(s);
                if (explain) addDrops(tree, s);
                yield tree;
            }
            case "markdown", "md" -> {
                ObjectNode n = MAPPER.createObjectNode();
                n.put("id", s.clusterId());
                n.put("markdown", new MarkdownRenderer().render(s));
                yield n;
            }
            case "text" -> sentences(s.clusterId(), s);
            default -> throw new BadInputException("unknown format '" + format + "'; choose one of: "
                    + String.join(", ", Renderers.NAMES));
        };
    }

    /** {@code {"id", "summary": [one sentence a string]}}; an empty list when {@code s} is null. */
    public static ObjectNode sentences(String id, Summary s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", id);
        ArrayNode arr = n.putArray("summary");
        if (s != null) {
            for (SummarySentence x : s.sentences()) arr.add(TextRenderer.oneLine(x.text()));
        }
        return n;
    }

    /** {@code {"id", "line", "error"}}; {@code id} null when it could not be read. */
    public static ObjectNode error(String id, long line, String message) {
        ObjectNode n = MAPPER.createObjectNode();
        if (id == null) n.putNull("id"); else n.put("id", id);
        n.put("line", line);
        n.put("error", message);
        return n;
    }

    /** Adds each article's removed lines, with rule and reason, as {@code articles[].dropped}. */
    public static void addDrops(ObjectNode tree, Summary s) {
        ArrayNode articles = tree.withArray("articles");
        for (int i = 0; i < s.articles().size() && i < articles.size(); i++) {
            ArrayNode arr = ((ObjectNode) articles.get(i)).putArray("dropped");
            CleanArticle a = s.articles().get(i);
            for (Drop d : a.drops()) {
                ObjectNode n = arr.addObject();
                n.put("rule", d.rule());
                n.put("reason", d.reason());
                n.put("text", d.text());
            }
        }
    }
}
