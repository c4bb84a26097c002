package dev.precis.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Article;
import dev.precis.model.Citation;
import dev.precis.model.CleanArticle;
import dev.precis.model.Disagreement;
import dev.precis.model.Evidence;
import dev.precis.model.Fact;
import dev.precis.model.Quote;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.model.TimelineEvent;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The summary in the documented JSON schema {@value #SCHEMA} (see docs/json-schema.md). Fields are
 * only ever added, never renamed, within one schema version.
 */
public final class JsonRenderer implements Renderer {
    public static final String SCHEMA = "precis.summary/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final boolean pretty;

    public JsonRenderer(boolean pretty) {
        this.pretty = pretty;
    }

    @Override
    public String render(Summary summary) {
        try {
            ObjectNode tree = tree(summary);
            return (pretty ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT) : MAPPER.writer())
                    .writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(Summary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("id", summary.clusterId());
        root.put("algorithm", summary.algorithm());
        root.put("words", summary.wordCount());
        ArrayNode sentences = root.putArray("sentences");
        for (SummarySentence s : summary.sentences()) {
            ObjectNode n = sentences.addObject();
            n.put("text", TextRenderer.oneLine(s.text()));
            ArrayNode sources = citations(s.citations());
            for (int i = 0; i < sources.size(); i++) ((ObjectNode) sources.get(i)).put("match", s.matches().get(i));
            n.set("sources", sources);
        }
        Evidence ev = summary.evidence();
        ArrayNode facts = root.putArray("facts");
        for (Fact f : ev.facts()) {
            ObjectNode n = facts.addObject();
            n.put("text", TextRenderer.oneLine(f.text()));
            n.put("support", f.support());
            n.set("sources", citations(f.citations()));
        }
        ArrayNode disagreements = root.putArray("disagreements");
        for (Disagreement d : ev.disagreements()) {
            ObjectNode n = disagreements.addObject();
            n.put("subject", d.subject());
            ArrayNode sides = n.putArray("sides");
            for (Disagreement.Side side : d.sides()) {
                ObjectNode sn = sides.addObject();
                sn.put("value", side.value());
                sn.put("wording", side.wording());
                sn.set("source", citation(side.citation()));      // the first, kept for older readers
                sn.set("sources", citations(side.citations()));   // every article giving this value
            }
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : ev.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("text", q.text());
            if (q.speaker().isBlank()) n.putNull("speaker"); else n.put("speaker", q.speaker());
            n.set("sources", citations(q.citations()));
        }
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEvent e : ev.timeline()) {
            ObjectNode n = timeline.addObject();
            if (e.date() == null) n.putNull("date"); else n.put("date", e.date().toString());
            n.put("when", e.when());
            n.put("text", TextRenderer.oneLine(e.text()));
            n.set("source", citation(e.citation()));
        }
        ArrayNode articles = root.putArray("articles");
        for (CleanArticle a : summary.articles()) {
            Article src = a.source();
            ObjectNode n = articles.addObject();
            n.put("index", a.index() + 1);
            n.put("id", a.id());
            n.put("title", src.title());
            n.put("outlet", src.outlet());
            n.put("url", src.url());
            if (src.date() == null) n.putNull("date"); else n.put("date", src.date().toString());
            n.put("text", a.text());
            if (a.offTopic() == null) n.putNull("offTopic"); else n.put("offTopic", a.offTopic());
        }
        return root;
    }

    private static ArrayNode citations(List<Citation> list) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (Citation c : list) arr.add(citation(c));
        return arr;
    }

    private static ObjectNode citation(Citation c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("article", c.articleId());
        n.put("index", c.article() + 1);
        n.put("start", c.start());
        n.put("end", c.end());
        return n;
    }
}
