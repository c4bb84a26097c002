package dev.precis.ingest;

import dev.precis.lexicon.Spaces;
import dev.precis.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDate;
import java.util.Set;

/**
 * Turns one HTML page into an {@link Article}: metadata from the head (Open Graph, canonical link,
 * {@code <time>}), body text from {@code <article>} or the main content with page chrome removed.
 * Block elements become line breaks so the cleaner sees one paragraph a line.
 */
public final class HtmlArticles {
    private static final String CHROME =
            "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, "
                    + "select, figure, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
                    + "[role=contentinfo], [role=complementary]";
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "section", "article", "main", "table", "tr", "td", "th", "figcaption",
            "address", "center", "details", "summary");

    private HtmlArticles() {
    }

    /** Extracts an article from HTML source; never throws on malformed markup. */
    public static Article extract(String id, String html) {
        Document doc = Jsoup.parse(html);
        String title = first(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
        String outlet = first(meta(doc, "og:site_name"), meta(doc, "application-name"));
        String url = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        LocalDate date = Texts.parseDate(first(meta(doc, "article:published_time"), meta(doc, "date"),
                meta(doc, "pubdate"), meta(doc, "publish-date"), meta(doc, "dc.date"),
                attr(doc.selectFirst("time[datetime]"), "datetime")));
        String body = Texts.normalize(bodyText(doc));
        return new Article(id, title, outlet, date, url, body);
    }

    private static String bodyText(Document doc) {
        doc.select(CHROME).remove();
        Element root = largest(doc.select("article"));
        if (root == null) root = doc.selectFirst("[itemprop=articleBody]");
        if (root == null) root = doc.selectFirst("main, [role=main]");
        if (root == null) root = doc.body();
        if (root == null) return "";
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) sb.append('\n');
            }
        }, root);
        StringBuilder out = new StringBuilder(sb.length());
        for (String line : sb.toString().split("\n")) {
            String l = Spaces.collapse(line.replace('\u00A0', ' ')).strip();
            if (l.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(l);
            if (out.length() >= Limits.MAX_ARTICLE_CHARS) break;
        }
        return out.toString();
    }

    private static Element largest(Elements elements) {
        Element best = null;
        int bestLen = -1;
        for (Element e : elements) {
            int len = e.text().length();
            if (len > bestLen) {
                best = e;
                bestLen = len;
            }
        }
        return best;
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name).strip();
    }

    private static String text(Element e) {
        return e == null ? "" : e.text().strip();
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return "";
    }
}
