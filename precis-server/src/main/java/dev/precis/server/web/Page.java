package dev.precis.server.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The frame every page shares: head, site header, {@code <main>}, and the one small script.
 * Pages are built as jsoup documents, so every text from an article is escaped by jsoup.
 */
final class Page {
    private final Document doc;
    private final Element main;

    Page(String title) {
        doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        Element html = doc.selectFirst("html");
        html.attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " · Precis");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/precis.css");
        head.appendElement("script").attr("src", "/static/precis.js").attr("defer", "");
        Element body = doc.body();
        body.appendElement("a").addClass("skip").attr("href", "#content").text("Skip to content");
        Element header = body.appendElement("header").addClass("site");
        header.appendElement("a").attr("href", "/").addClass("brand").text("Precis");
        header.appendElement("span").addClass("tagline").text("news stories, summarised with their sources");
        main = body.appendElement("main").attr("id", "content");
    }

    Element main() {
        return main;
    }

    String html() {
        return "<!DOCTYPE html>\n" + doc.selectFirst("html").outerHtml();
    }
}
