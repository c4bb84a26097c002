package dev.precis.server.web;

import dev.precis.model.Citation;
import dev.precis.model.CleanArticle;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every cited passage of a story page, shown once in context. A citation link points at its
 * passage ({@code #p-2-2011-2178}), so without script the link jumps to it; the script shows the
 * same passage next to the link instead.
 */
final class Passages {
    /** Characters of the article shown on each side of the cited span. */
    private static final int CONTEXT = 240;

    private final List<CleanArticle> articles;
    private final Map<String, Citation> cited = new LinkedHashMap<>();

    Passages(List<CleanArticle> articles) {
        this.articles = articles;
    }

    /** Appends {@code [n]} links, one per citation, to {@code parent}. */
    void cite(Element parent, List<Citation> citations) {
        Element group = parent.appendElement("span").addClass("cites");
        for (Citation c : citations) {
            String id = id(c);
            cited.putIfAbsent(id, c);
            CleanArticle a = articles.get(c.article());
            group.appendElement("a").addClass("cite").attr("href", "#" + id)
                    .attr("aria-label", "source " + (c.article() + 1) + ", " + a.source().label()
                            + ", characters " + c.start() + " to " + c.end())
                    .text("[" + (c.article() + 1) + "]");
        }
    }

    void render(Element main) {
        if (cited.isEmpty()) return;
        Element section = main.appendElement("section").attr("id", "passages");
        section.appendElement("h2").text("Cited passages");
        for (Map.Entry<String, Citation> e : cited.entrySet()) {
            Citation c = e.getValue();
            CleanArticle a = articles.get(c.article());
            Element div = section.appendElement("div").addClass("passage").attr("id", e.getKey())
                    .attr("data-article", String.valueOf(c.article() + 1))
                    .attr("data-start", String.valueOf(c.start())).attr("data-end", String.valueOf(c.end()));
            Element where = div.appendElement("p").addClass("where");
            where.appendElement("a").attr("href", "#article-" + (c.article() + 1))
                    .text("[" + (c.article() + 1) + "] " + a.source().label());
            where.appendText(" · characters " + c.start() + "–" + c.end());
            context(div.appendElement("p").addClass("context"), a.text(), c.start(), c.end());
        }
    }

    private static void context(Element p, String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int from = Math.min(s, wordStart(text, Math.max(0, s - CONTEXT)));
        int to = Math.max(e, wordEnd(text, Math.min(text.length(), e + CONTEXT)));
        p.appendText((from > 0 ? "…" : "") + text.substring(from, s));
        p.appendElement("mark").text(text.substring(s, e));
        p.appendText(text.substring(e, to) + (to < text.length() ? "…" : ""));
    }

    private static int wordStart(String text, int i) {
        if (i == 0) return 0;
        int sp = text.indexOf(' ', i);
        return sp < 0 ? i : sp + 1;
    }

    private static int wordEnd(String text, int i) {
        if (i >= text.length()) return text.length();
        int sp = text.lastIndexOf(' ', i);
        return sp < 0 ? i : sp;
    }

    private static String id(Citation c) {
        return "p-" + (c.article() + 1) + "-" + c.start() + "-" + c.end();
    }
}
