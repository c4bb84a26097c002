package dev.precis.server.web;

import org.jsoup.nodes.Element;

import java.util.List;

/** The front page: the stories in the store, newest first, and the paste box. */
final class IndexView {
    private IndexView() {
    }

    /** @param stories null when the server runs without a story store */
    static String page(List<StoryLine> stories) {
        Page page = new Page("Stories");
        Element main = page.main();
        main.appendElement("h1").text("Stories");
        if (stories == null) {
            main.appendElement("p").addClass("note")
                    .text("This server keeps no stories (start it with --store DIR to keep them). "
                            + "Paste articles below to summarise them.");
        } else if (stories.isEmpty()) {
            main.appendElement("p").addClass("note").text("No stories yet. Send articles to POST /v1/articles, "
                    + "or paste some below.");
        } else {
            Element list = main.appendElement("ol").addClass("stories");
            for (StoryLine s : stories) {
                Element li = list.appendElement("li");
                li.appendElement("a").attr("href", "/stories/" + s.id()).text(s.headline());
                li.appendElement("span").addClass("meta").text(s.articles()
                        + (s.articles() == 1 ? " article" : " articles") + " · " + s.outlets()
                        + (s.outlets() == 1 ? " outlet" : " outlets") + " · updated " + s.updated());
            }
        }
        pasteBox(main);
        return page.html();
    }

    static void pasteBox(Element main) {
        Element section = main.appendElement("section").attr("id", "paste");
        section.appendElement("h2").text("Summarise your own articles");
        Element form = section.appendElement("form").attr("method", "post").attr("action", "/paste")
                .attr("enctype", "multipart/form-data");
        form.appendElement("label").attr("for", "paste-text")
                .text("Paste articles, separated by a line of three dashes (---)");
        form.appendElement("textarea").attr("id", "paste-text").attr("name", "text").attr("rows", "12");
        form.appendElement("label").attr("for", "paste-files").text("or upload text or HTML files");
        form.appendElement("input").attr("type", "file").attr("id", "paste-files").attr("name", "files")
                .attr("multiple", "").attr("accept", ".txt,.html,.htm,text/plain,text/html");
        form.appendElement("button").attr("type", "submit").text("Summarise");
    }
}
