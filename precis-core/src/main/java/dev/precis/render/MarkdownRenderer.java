package dev.precis.render;

import dev.precis.model.Article;
import dev.precis.model.Citation;
import dev.precis.model.CleanArticle;
import dev.precis.model.Disagreement;
import dev.precis.model.Evidence;
import dev.precis.model.Quote;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.model.TimelineEvent;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The summary as a paragraph with numbered citations ({@code [1][3]}), the evidence sections when
 * there is evidence, and the numbered list of sources the citations refer to.
 */
public final class MarkdownRenderer implements Renderer {
    @Override
    public String render(Summary summary) {
        StringBuilder out = new StringBuilder();
        out.append("## Summary\n\n");
        for (SummarySentence s : summary.sentences()) {
            out.append(TextRenderer.oneLine(s.text())).append(' ').append(refs(s.citations())).append('\n');
        }
        Evidence ev = summary.evidence();
        if (!ev.disagreements().isEmpty()) {
            out.append("\n## Where sources differ\n\n");
            for (Disagreement d : ev.disagreements()) {
                out.append("- **").append(d.subject()).append("**: ");
                StringBuilder sides = new StringBuilder();
                for (Disagreement.Side side : d.sides()) {
                    if (sides.length() > 0) sides.append("; ");
                    sides.append('"').append(TextRenderer.oneLine(side.wording())).append("\" ")
                            .append(refs(List.of(side.citation())));
                }
                out.append(sides).append('\n');
            }
        }
        if (!ev.quotes().isEmpty()) {
            out.append("\n## Quotes\n\n");
            for (Quote q : ev.quotes()) {
                out.append("- \"").append(TextRenderer.oneLine(q.text())).append("\"");
                out.append(" — ").append(q.speaker().isBlank() ? "unattributed" : q.speaker());
                out.append(' ').append(refs(q.citations())).append('\n');
            }
        }
        if (!ev.timeline().isEmpty()) {
            out.append("\n## Timeline\n\n");
            for (TimelineEvent e : ev.timeline()) {
                String when = e.date() != null ? e.date().toString() : e.when() + " (date unknown)";
                out.append("- ").append(when).append(": ").append(TextRenderer.oneLine(e.text()))
                        .append(' ').append(refs(List.of(e.citation()))).append('\n');
            }
        }
        out.append("\n## Sources\n\n");
        for (CleanArticle a : summary.articles()) {
            out.append(a.index() + 1).append(". ").append(describe(a.source())).append('\n');
        }
        return out.toString();
    }

    private static String refs(List<Citation> citations) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (Citation c : citations) numbers.add(c.article() + 1);
        StringBuilder b = new StringBuilder();
        for (int n : numbers) b.append('[').append(n).append(']');
        return b.toString();
    }

    private static String describe(Article a) {
        StringBuilder b = new StringBuilder();
        b.append(a.title().isBlank() ? a.id() : a.title());
        if (!a.outlet().isBlank()) b.append(" — ").append(a.outlet());
        if (a.date() != null) b.append(", ").append(a.date());
        if (!a.url().isBlank()) b.append(" <").append(a.url()).append('>');
        if (!a.title().isBlank()) b.append(" (`").append(a.id()).append("`)");
        return b.toString();
    }
}
