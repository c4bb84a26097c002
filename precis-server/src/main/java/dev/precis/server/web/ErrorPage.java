package dev.precis.server.web;

import org.jsoup.nodes.Element;

/** What a person sees when a page cannot be made: the reason in one line, and the way back. */
final class ErrorPage {
    private ErrorPage() {
    }

    static String page(int status, String reason) {
        Page page = new Page(status == 404 ? "Not found" : "Cannot show this");
        Element main = page.main();
        main.appendElement("h1").text(status == 404 ? "Not found" : "Cannot show this");
        main.appendElement("p").addClass("error").text(reason);
        main.appendElement("p").appendElement("a").attr("href", "/").text("Back to the stories");
        return page.html();
    }
}
