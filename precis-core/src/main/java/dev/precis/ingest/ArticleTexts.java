package dev.precis.ingest;

import dev.precis.model.Article;

/**
 * One article from text that did not come from a file (pasted, uploaded): the same reading as a
 * {@code .txt} or {@code .html} file gets from {@link Sources}.
 */
public final class ArticleTexts {
    private ArticleTexts() {
    }

    /** Plain text; the first short line is taken as the headline, as for a {@code .txt} file. */
    public static Article fromText(String id, String raw) {
        String body = Texts.normalize(raw).strip();
        return new Article(id, Texts.headline(body), "", null, "", body);
    }

    /** An HTML page; the story text is extracted as for an {@code .html} file. */
    public static Article fromHtml(String id, String html) {
        String capped = html.length() > Limits.MAX_HTML_CHARS ? html.substring(0, Limits.MAX_HTML_CHARS) : html;
        return HtmlArticles.extract(id, capped);
    }
}
