package dev.precis.server.web;

import dev.precis.model.CleanArticle;
import dev.precis.model.Disagreement;
import dev.precis.model.Drop;
import dev.precis.model.Evidence;
import dev.precis.model.Quote;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.model.TimelineEvent;
import dev.precis.render.TextRenderer;
import org.jsoup.nodes.Element;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A story page: the summary with its citations, where the sources differ, quotes, the timeline,
 * and the articles with what the cleaner removed. Server-rendered, so it reads without script.
 */
final class StoryView {
    private StoryView() {
    }

    /** The page of one summary; {@code updated} is shown when known (a stored story). */
    static String page(Summary summary, String updated) {
        Page page = new Page(headline(summary));
        Element main = page.main();
        main.addClass("story");
        main.appendElement("h1").text(headline(summary));
        Element meta = main.appendElement("p").addClass("meta");
        meta.text(byline(summary) + (updated == null ? "" : " · updated " + updated));

        Passages passages = new Passages(summary.articles());
        summary(main, summary, passages);
        Evidence ev = summary.evidence();
        differences(main, ev, passages);
        quotes(main, ev, passages);
        timeline(main, ev, passages);
        articles(main, summary);
        passages.render(main);
        return page.html();
    }

    static String headline(Summary summary) {
        for (CleanArticle a : summary.articles()) {
            if (!a.source().title().isBlank()) return a.source().title();
        }
        return summary.clusterId();
    }

    static String byline(Summary summary) {
        Set<String> outlets = new LinkedHashSet<>();
        for (CleanArticle a : summary.articles()) {
            if (!a.source().outlet().isBlank()) outlets.add(a.source().outlet());
        }
        int n = summary.articles().size();
        String articles = n + (n == 1 ? " article" : " articles");
        return outlets.isEmpty() ? articles : articles + " from " + outlets.size()
                + (outlets.size() == 1 ? " outlet" : " outlets");
    }

    private static void summary(Element main, Summary summary, Passages passages) {
        Element section = main.appendElement("section").attr("id", "summary");
        section.appendElement("h2").text("Summary");
        Element list = section.appendElement("ol").addClass("summary");
        for (SummarySentence s : summary.sentences()) {
            Element li = list.appendElement("li");
            li.appendElement("span").addClass("text").text(TextRenderer.oneLine(s.text()));
            li.appendText(" ");
            passages.cite(li, s.citations());
        }
    }

    private static void differences(Element main, Evidence ev, Passages passages) {
        if (ev.disagreements().isEmpty()) return;
        Element section = main.appendElement("section").attr("id", "differences");
        section.appendElement("h2").text("Where sources differ");
        for (Disagreement d : ev.disagreements()) {
            Element div = section.appendElement("div").addClass("difference");
            div.appendElement("h3").text(d.subject());
            Element sides = div.appendElement("ul");
            for (Disagreement.Side side : d.sides()) {
                Element li = sides.appendElement("li");
                li.appendElement("strong").text(side.value());
                li.appendText(" — “" + TextRenderer.oneLine(side.wording()) + "” ");
                passages.cite(li, side.citations());
            }
        }
    }

    private static void quotes(Element main, Evidence ev, Passages passages) {
        if (ev.quotes().isEmpty()) return;
        Element section = main.appendElement("section").attr("id", "quotes");
        section.appendElement("h2").text("Quotes");
        for (Quote q : ev.quotes()) {
            Element figure = section.appendElement("figure").addClass("quote");
            figure.appendElement("blockquote").appendElement("p").text("“" + TextRenderer.oneLine(q.text()) + "”");
            Element caption = figure.appendElement("figcaption");
            caption.appendText("— " + (q.speaker().isBlank() ? "speaker not named" : q.speaker()) + " ");
            passages.cite(caption, q.citations());
        }
    }

    private static void timeline(Element main, Evidence ev, Passages passages) {
        if (ev.timeline().isEmpty()) return;
        Element section = main.appendElement("section").attr("id", "timeline");
        section.appendElement("h2").text("Timeline");
        Element list = section.appendElement("ol").addClass("timeline");
        for (TimelineEvent e : ev.timeline()) {
            Element li = list.appendElement("li");
            Element time = li.appendElement("time").text(e.date() == null ? e.when() : e.date().toString());
            if (e.date() != null) time.attr("datetime", e.date().toString());
            li.appendText(" " + TextRenderer.oneLine(e.text()) + " ");
            passages.cite(li, java.util.List.of(e.citation()));
        }
    }

    private static void articles(Element main, Summary summary) {
        Element section = main.appendElement("section").attr("id", "articles");
        section.appendElement("h2").text("Articles");
        for (CleanArticle a : summary.articles()) {
            int n = a.index() + 1;
            Element article = section.appendElement("article").attr("id", "article-" + n);
            article.appendElement("h3").text("[" + n + "] " + (a.source().title().isBlank() ? a.id() : a.source().title()));
            Element meta = article.appendElement("p").addClass("meta");
            meta.appendText(String.join(" · ", nonBlank(a.source().outlet(),
                    a.source().date() == null ? "" : a.source().date().toString(), "id " + a.id())));
            if (!a.source().url().isBlank()) {
                meta.appendText(" · ");
                meta.appendElement("a").attr("href", a.source().url()).attr("rel", "noopener nofollow").text("original");
            }
            Element text = article.appendElement("details").addClass("text");
            text.appendElement("summary").text("Article text as summarised");
            for (String para : a.text().split("\n")) {
                if (!para.isBlank()) text.appendElement("p").text(para);
            }
            if (a.isEmpty()) text.appendElement("p").text("(nothing left after cleaning)");
            Element dropped = article.appendElement("details").addClass("dropped");
            dropped.appendElement("summary").text("What the cleaner removed (" + a.drops().size() + ")");
            Element list = dropped.appendElement("ul");
            for (Drop d : a.drops()) {
                Element li = list.appendElement("li");
                li.appendElement("code").text(d.rule());
                li.appendText(" " + d.reason() + ": ");
                li.appendElement("q").text(TextRenderer.oneLine(d.text()));
            }
        }
    }

    private static String[] nonBlank(String... values) {
        return java.util.Arrays.stream(values).filter(v -> !v.isBlank()).toArray(String[]::new);
    }
}
