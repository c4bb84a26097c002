package dev.precis.render;

import dev.precis.evidence.dates.Timeline;
import dev.precis.evidence.quotes.Quotes;

import dev.precis.model.Article;
import dev.precis.model.Citation;
import dev.precis.model.CleanArticle;
import dev.precis.model.Disagreement;
import dev.precis.model.Evidence;
import dev.precis.model.Quote;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.model.TimelineEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The summary with numbered citations ({@code [1][3]}), short evidence sections when there is
 * evidence, and the numbered list of sources the citations refer to. The evidence sections are for
 * reading, so they show the best-supported items and say how many more the JSON output has.
 */
public final class MarkdownRenderer implements Renderer {
    static final int MAX_QUOTES = 6;
    static final int MAX_EVENTS = 8;

    @Override
    public String heading(String clusterId) {
        return "# " + escape(TextRenderer.oneLine(clusterId)) + "\n\n";
    }

    @Override
    public String render(Summary summary) {
        StringBuilder out = new StringBuilder();
        out.append("## Summary\n\n");
        for (SummarySentence s : summary.sentences()) {
            out.append(escape(s.text())).append(' ').append(refs(s.citations())).append('\n');
        }
        Evidence ev = summary.evidence();
        if (!ev.disagreements().isEmpty()) {
            out.append("\n## Where sources differ\n\n");
            for (Disagreement d : ev.disagreements()) {
                out.append("- **").append(escape(d.subject())).append("**: ");
                // the model gives one side per distinct value, with every article that reports it
                StringBuilder line = new StringBuilder();
                for (Disagreement.Side side : d.sides()) {
                    if (line.length() > 0) line.append("; ");
                    line.append('"').append(escape(side.wording())).append("\" ").append(refs(side.citations()));
                }
                out.append(line).append('\n');
            }
        }
        if (!ev.quotes().isEmpty()) {
            out.append("\n## Quotes\n\n");
            List<Quote> quotes = new ArrayList<>(ev.quotes());
            // Attributed and widely carried quotes first; the sort is stable, so source order breaks ties.
            quotes.sort(Comparator.comparing((Quote q) -> q.speaker().isBlank())
                    .thenComparing(q -> -articlesOf(q.citations())));
            for (Quote q : quotes.subList(0, Math.min(MAX_QUOTES, quotes.size()))) {
                out.append("- \"").append(escape(q.text())).append("\"");
                out.append(" — ").append(q.speaker().isBlank() ? "unattributed" : escape(q.speaker()));
                out.append(' ').append(refs(q.citations())).append('\n');
            }
            more(out, quotes.size() - MAX_QUOTES, "quotes");
        }
        if (!ev.timeline().isEmpty()) {
            out.append("\n## Timeline\n\n");
            List<TimelineEvent> events = new ArrayList<>();
            for (TimelineEvent e : ev.timeline()) if (e.date() != null) events.add(e);
            for (TimelineEvent e : ev.timeline()) if (e.date() == null) events.add(e);
            for (TimelineEvent e : events.subList(0, Math.min(MAX_EVENTS, events.size()))) {
                String when = e.date() != null ? e.date().toString() : e.when() + " (date unknown)";
                out.append("- ").append(escape(when)).append(": ").append(escape(e.text()))
                        .append(' ').append(refs(List.of(e.citation()))).append('\n');
            }
            more(out, events.size() - MAX_EVENTS, "events");
        }
        out.append("\n## Sources\n\n");
        for (CleanArticle a : summary.articles()) {
            out.append(a.index() + 1).append(". ").append(describe(a.source())).append('\n');
        }
        return out.toString();
    }

    private static void more(StringBuilder out, int hidden, String what) {
        if (hidden > 0) out.append("- … ").append(hidden).append(" more ").append(what).append(" in --format json\n");
    }

    private static int articlesOf(List<Citation> citations) {
        Set<Integer> articles = new TreeSet<>();
        for (Citation c : citations) articles.add(c.article());
        return articles.size();
    }

    private static String refs(List<Citation> citations) {
        Set<Integer> numbers = new TreeSet<>();
        for (Citation c : citations) numbers.add(c.article() + 1);
        StringBuilder b = new StringBuilder();
        for (int n : numbers) b.append('[').append(n).append(']');
        return b.toString();
    }

    private static String describe(Article a) {
        StringBuilder b = new StringBuilder();
        b.append(escape(a.title().isBlank() ? a.id() : a.title()));
        if (!a.outlet().isBlank()) b.append(" — ").append(escape(a.outlet()));
        if (a.date() != null) b.append(", ").append(a.date());
        String url = safeUrl(a.url());
        if (url != null) b.append(" <").append(url).append('>');
        if (!a.title().isBlank()) b.append(" (").append(escape(a.id())).append(")");
        return b.toString();
    }

    /**
     * Source text made inert in Markdown: one line, control characters gone, and the characters that
     * would start markup (HTML tags, links, emphasis, code) escaped with a backslash, so an article
     * title like {@code <img onerror=...>} or {@code [x](javascript:...)} shows as text.
     */
    static String escape(String text) {
        String t = TextRenderer.oneLine(text);
        StringBuilder b = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("\\`*_[]<>#|".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    /** An http(s) URL without spaces or angle brackets, else null: no javascript: or data: links. */
    static String safeUrl(String url) {
        String u = url == null ? "" : url.strip();
        if (!u.matches("(?i)https?://[^\\s<>\"`]+")) return null;
        return u;
    }
}
