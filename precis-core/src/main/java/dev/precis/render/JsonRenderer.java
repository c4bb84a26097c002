package dev.precis.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
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

import java.io.IOException;
import java.io.StringWriter;
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
        // Streamed rather than built as a tree first: the server renders every answer this way.
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator g = (pretty ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT) : MAPPER.writer())
                .createGenerator(out)) {
            write(summary, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** The summary as a JSON tree, for callers that add to it or embed it: the fields {@link #render} writes. */
    public static ObjectNode tree(Summary summary) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            write(summary, buffer);
            return (ObjectNode) MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Summary summary, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        g.writeStringField("id", summary.clusterId());
        g.writeStringField("algorithm", summary.algorithm());
        g.writeNumberField("words", summary.wordCount());
        g.writeArrayFieldStart("sentences");
        for (SummarySentence s : summary.sentences()) {
            g.writeStartObject();
            g.writeStringField("text", TextRenderer.oneLine(s.text()));
            g.writeArrayFieldStart("sources");
            for (int i = 0; i < s.citations().size(); i++) {
                g.writeStartObject();
                citationFields(s.citations().get(i), g);
                Double match = s.matches().get(i);
                if (match == null) g.writeNullField("match"); else g.writeNumberField("match", match);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        Evidence ev = summary.evidence();
        g.writeArrayFieldStart("facts");
        for (Fact f : ev.facts()) {
            g.writeStartObject();
            g.writeStringField("text", TextRenderer.oneLine(f.text()));
            g.writeNumberField("support", f.support());
            citations("sources", f.citations(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("disagreements");
        for (Disagreement d : ev.disagreements()) {
            g.writeStartObject();
            g.writeStringField("subject", d.subject());
            g.writeArrayFieldStart("sides");
            for (Disagreement.Side side : d.sides()) {
                g.writeStartObject();
                g.writeStringField("value", side.value());
                g.writeStringField("wording", side.wording());
                citation("source", side.citation(), g);        // the first, kept for older readers
                citations("sources", side.citations(), g);     // every article giving this value
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : ev.quotes()) {
            g.writeStartObject();
            g.writeStringField("text", q.text());
            g.writeStringField("speaker", q.speaker().isBlank() ? null : q.speaker());
            citations("sources", q.citations(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("timeline");
        for (TimelineEvent e : ev.timeline()) {
            g.writeStartObject();
            g.writeStringField("date", e.date() == null ? null : e.date().toString());
            g.writeStringField("when", e.when());
            g.writeStringField("text", TextRenderer.oneLine(e.text()));
            citation("source", e.citation(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("articles");
        for (CleanArticle a : summary.articles()) {
            Article src = a.source();
            g.writeStartObject();
            g.writeNumberField("index", a.index() + 1);
            g.writeStringField("id", a.id());
            g.writeStringField("title", src.title());
            g.writeStringField("outlet", src.outlet());
            g.writeStringField("url", src.url());
            g.writeStringField("date", src.date() == null ? null : src.date().toString());
            g.writeStringField("text", a.text());
            g.writeStringField("offTopic", a.offTopic());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void citations(String field, List<Citation> list, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(field);
        for (Citation c : list) {
            g.writeStartObject();
            citationFields(c, g);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void citation(String field, Citation c, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart(field);
        citationFields(c, g);
        g.writeEndObject();
    }

    private static void citationFields(Citation c, JsonGenerator g) throws IOException {
        g.writeStringField("article", c.articleId());
        g.writeNumberField("index", c.article() + 1);
        g.writeNumberField("start", c.start());
        g.writeNumberField("end", c.end());
    }
}
