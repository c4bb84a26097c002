package dev.precis.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Drop;
import dev.precis.model.Summary;

/**
 * The JSON of {@link JsonRenderer} with, inside each article, what the cleaner removed and why
 * ({@code "dropped": [{"rule", "reason", "text"}]}): the {@code --explain} form.
 */
public final class ExplainedJson {
    private ExplainedJson() {
    }

    public static ObjectNode tree(Summary summary) {
        ObjectNode tree = JsonRenderer.tree(summary);
        ArrayNode articles = tree.withArray("articles");
        for (int i = 0; i < summary.articles().size() && i < articles.size(); i++) {
            ArrayNode dropped = ((ObjectNode) articles.get(i)).putArray("dropped");
            for (Drop d : summary.articles().get(i).drops()) {
                ObjectNode n = dropped.addObject();
                n.put("rule", d.rule());
                n.put("reason", d.reason());
                n.put("text", d.text());
            }
        }
        return tree;
    }
}
