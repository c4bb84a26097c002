package dev.precis.clean.rules;

import dev.precis.lexicon.Spaces;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;
import dev.precis.lexicon.AsciiMask;
import dev.precis.lexicon.KeywordPattern;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Archive-crawler notices, cookie and consent banners, "enable JavaScript", newsletter and
 * paywall prompts: paragraphs dense in that vocabulary. When most of an article is such text,
 * the whole article is dropped (it is a notice page, not a story).
 */
public final class Notice implements LineRule {
    private static final Map<String, Double> TERMS = Map.ofEntries(
            Map.entry("crawl", 1.5), Map.entry("crawls", 1.5), Map.entry("crawled", 0.5), Map.entry("crawler", 1.0),
            Map.entry("crawling", 1.0), Map.entry("wayback", 1.5), Map.entry("warc", 1.5), Map.entry("embargo", 0.5),
            Map.entry("archive", 1.0), Map.entry("archived", 1.0), Map.entry("archiving", 1.0), Map.entry("outlinks", 1.5),
            Map.entry("seed", 0.5), Map.entry("embeds", 1.0), Map.entry("urls", 1.0), Map.entry("url", 1.0),
            Map.entry("javascript", 1.5), Map.entry("browser", 1.0), Map.entry("browsers", 1.0), Map.entry("html5", 1.0),
            Map.entry("plugin", 1.0), Map.entry("cookie", 1.0), Map.entry("cookies", 1.0), Map.entry("consent", 0.5),
            Map.entry("privacy", 0.5), Map.entry("enable", 1.0), Map.entry("enabled", 0.5), Map.entry("disabled", 0.5),
            Map.entry("newsletter", 1.5), Map.entry("newsletters", 1.5), Map.entry("subscribe", 1.0),
            Map.entry("unsubscribe", 1.5), Map.entry("subscription", 1.0), Map.entry("inbox", 1.0),
            Map.entry("paywall", 1.5), Map.entry("login", 1.0), Map.entry("adblock", 1.5), Map.entry("ad-blocker", 1.5),
            Map.entry("bookmark", 1.0), Map.entry("publicly", 0.5), Map.entry("accessible", 0.5),
            Map.entry("website", 0.5), Map.entry("web", 0.5), Map.entry("page", 0.5), Map.entry("pages", 0.5),
            Map.entry("click", 0.5), Map.entry("sign", 1.0), Map.entry("internet", 0.5), Map.entry("data", 0.25),
            Map.entry("collection", 0.25), Map.entry("links", 0.25), Map.entry("link", 0.25), Map.entry("host", 0.25),
            Map.entry("email", 0.75), Map.entry("account", 0.25), Map.entry("settings", 0.5), Map.entry("sorry", 0.5),
            Map.entry("requested", 0.25), Map.entry("crawlers", 1.0), Map.entry("heritrix", 1.5),
            Map.entry("seedlist", 1.5), Map.entry("blocker", 1.0), Map.entry("signing", 1.0), Map.entry("robot", 0.5), Map.entry("verify", 0.5),
            Map.entry("emails", 0.75), Map.entry("alerts", 0.5), Map.entry("subscribing", 1.0), Map.entry("ia", 0.5), Map.entry("alexa", 0.5), Map.entry("terms", 0.25), Map.entry("policy", 0.25),
            Map.entry("transcript", 1.0), Map.entry("transcripts", 1.0), Map.entry("transcription", 1.0),
            Map.entry("revised", 0.5), Map.entry("authoritative", 0.5), Map.entry("tweets", 0.5), Map.entry("tweet", 0.25),
            Map.entry("webinar", 1.0), Map.entry("download", 0.5));
    /** Read in the lower-cased line; most lines that hold a scored word hold none of the fragments. */
    private static final KeywordPattern PHRASES = KeywordPattern.of("sign(?:ing)? (?:me )?up|your inbox|privacy policy"
            + "|terms of (?:service|use)|not a robot|email address|wayback machine|internet archive|crawl data"
            + "|enable javascript|javascript is disabled|cookies? policy|accept (?:all )?cookies|ad ?blocker"
            + "|your browser|subscribe (?:now|today)|may not be in its final form|updated or revised|authoritative record"
            + "|your tweets?\\b|tweet location|location history|third-party applications|download a copy",
            "sign", "inbox", "privacy policy", "terms of ", "robot", "email address", "wayback", "internet archive",
            "crawl data", "javascript", "cookie", "blocker", "browser", "subscribe ", "final form", "revised",
            "authoritative", "tweet", "location history", "third-party", "download a copy");
    /** Score per word above which a paragraph is a notice. */
    static final double LINE_DENSITY = 0.11;
    static final double LINE_SCORE = 2.0;
    /** Share of an article's words in notice paragraphs above which the whole article is a notice. */
    static final double ARTICLE_SHARE = 0.5;
    /** Score per word over the whole article above which it is a notice page. */
    static final double ARTICLE_DENSITY = 0.055;
    static final double ARTICLE_SCORE = 4.0;

    /**
     * A subscription widget whose tagline comes before its prompt ("The most reliable politics
     * newsletter. Sign up for ... You can unsubscribe at any time."): the short head that a cut of the
     * prompt would leave holds notice words itself, and the whole line reads as a notice. The tagline
     * then goes with its prompt.
     */
    public static boolean taglineOf(String line, String head) {
        if (Spaces.split(head).length > MAX_TAGLINE_WORDS || score(head) <= 0) return false;
        return isNotice(score(line), Spaces.split(line).length);
    }

    /** Longest tagline (in words) before a widget's prompt. */
    static final int MAX_TAGLINE_WORDS = 6;

    @Override
    public String id() {
        return "notice";
    }

    /**
     * Hash codes of the vocabulary, sorted, to skip the lookup (and the word's String) for other
     * words; a primitive array, as a set of Integer would box every word's hash.
     */
    private static final int[] TERM_HASHES = TERMS.keySet().stream().mapToInt(String::hashCode).sorted().distinct()
            .toArray();

    /** Vocabulary score of a line: weighted notice words plus notice phrases. */
    public static double score(String text) {
        double s = 0;
        int start = -1;
        int hash = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean ascii = c < 128;
            if (AsciiMask.isLetterOrDigit(c) || (c == '-' && start >= 0)) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                // String.hashCode of the lower-cased word, built as it is read.
                hash = 31 * hash + (ascii ? (AsciiMask.UPPER_CASE.has(c) ? c + ('a' - 'A') : c) : Character.toLowerCase(c));
            } else if (start >= 0) {
                int len = i - start;
                if (len >= 2 && len <= 14 && Arrays.binarySearch(TERM_HASHES, hash) >= 0) s += term(text, start, i);
                start = -1;
            }
        }
        if (s == 0) return 0; // every phrase contains a scored word
        return withPhrases(text, s);
    }

    // The word's look-up and the phrase count are methods of their own: few words and lines reach them,
    // and inside the scan read for every line they made its compile long (twice, on a fresh JVM).

    /** The score of the word from {@code start} to {@code end}; 0 when it has none. */
    private static double term(String text, int start, int end) {
        Double v = TERMS.get(text.substring(start, end).toLowerCase(Locale.ROOT));
        return v == null ? 0 : v;
    }

    private static double withPhrases(String text, double s) {
        for (int k = PHRASES.count(text.toLowerCase(Locale.ROOT)); k > 0; k--) s += 1.5;
        return s;
    }

    public static boolean isNotice(double score, int words) {
        return words >= 3 && score >= LINE_SCORE && score / Math.max(1, words) >= LINE_DENSITY;
    }

    /** One article's notice scores: each line's, and whether the whole article is a notice. */
    private record Scores(double[] line, boolean article) {
    }

    private static Scores scores(List<Line> ls) {
        double[] line = new double[ls.size()];
        int all = 0, notice = 0;
        double total = 0;
        for (Line l : ls) {
            double s = score(l.text());
            line[l.index()] = s;
            all += l.words();
            total += s;
            if (isNotice(s, l.words())) notice += l.words();
        }
        boolean article = all > 0 && (notice >= ARTICLE_SHARE * all
                || (total >= ARTICLE_SCORE && total / all >= ARTICLE_DENSITY));
        return new Scores(line, article);
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        // per article: the articles of a big cluster are judged side by side
        Scores sc = ctx.memo("notice-scores", line.article(), () -> scores(ctx.lines(line.article())));
        if (sc.article()) {
            return Optional.of("the article is a site or archive notice, not a story");
        }
        if (isNotice(sc.line()[line.index()], line.words())) {
            return Optional.of("crawler, cookie, script or subscription notice");
        }
        return Optional.empty();
    }
}
