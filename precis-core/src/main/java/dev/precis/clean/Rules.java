package dev.precis.clean;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard cleaning stages. Each judges a line by its shape, its position in the article, or
 * its repetition across the cluster; vocabularies are generic web words, never a site's strings.
 * {@link #standard()} lists them in the order {@link RuleCleaner} runs them: specific rules first,
 * so a line gets the most telling reason.
 */
public final class Rules {
    private Rules() {
    }

    /** The default line rules, in order. */
    public static List<LineRule> standard() {
        return List.of(new Notice(), new Menu(), new UrlOnly(), new ReadingTime(), new Dateline(), new Credit(),
                new PhotoCaption(), new Caption(), new SourceNote(), new SocialEmbed(), new Player(), new Promo(),
                new MediaReference(), new Teaser(), new UiLine(), new RelatedLink(), new LabelCaption(), new Byline(), new Title(), new Duplicate(),
                new Template(), new NoLowercase(), new Symbols(), new DecoratedHeading(), new Bracketed(), new TrailingHeadline(),
                new LeadingHeadline(), new SubHeading());
    }

    /**
     * The line rules that judge text by itself, without its article or cluster: credits, captions,
     * source notes, embeds, player controls, prompts and media references. The segmenter runs them on
     * each sentence of a paragraph that holds several, where a line rule cannot see the debris.
     */
    public static List<LineRule> contextFree() {
        return CONTEXT_FREE;
    }

    private static final List<LineRule> CONTEXT_FREE = List.of(new Credit(), new PhotoCaption(), new SourceNote(),
            new SocialEmbed(), new Player(), new Promo(), new MediaReference());

    /** The first context-free rule that takes {@code sentence} for debris, with its reason; empty when none does. */
    public static Optional<String> sentenceDebris(String sentence) {
        Line l = Line.of(0, 0, sentence);
        for (LineRule r : CONTEXT_FREE) {
            Optional<String> why = r.why(l, null);
            if (why.isPresent()) return Optional.of(r.id() + ": " + why.get());
        }
        return Optional.empty();
    }

    /** The default prefix rules. */
    public static List<PrefixRule> standardPrefixes() {
        return List.of(new RepeatedHeadline(), new CaptionPrefix(), new UiPrefix(), new BylinePrefix(), new DatelinePrefix(),
                new AgencyTag(), new CapsDateline(), new LabelPrefix(), new BulletPrefix());
    }

    static String[] words(String s) {
        return s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}@#'’-]+");
    }

    // ---------------------------------------------------------------- page notices

    /**
     * Archive-crawler notices, cookie and consent banners, "enable JavaScript", newsletter and
     * paywall prompts: paragraphs dense in that vocabulary. When most of an article is such text,
     * the whole article is dropped (it is a notice page, not a story).
     */
    public static final class Notice implements LineRule {
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
        private static final Pattern PHRASES = Pattern.compile("sign(?:ing)? (?:me )?up|your inbox|privacy policy"
                + "|terms of (?:service|use)|not a robot|email address|wayback machine|internet archive|crawl data"
                + "|enable javascript|javascript is disabled|cookies? policy|accept (?:all )?cookies|ad ?blocker"
                + "|your browser|subscribe (?:now|today)|may not be in its final form|updated or revised|authoritative record"
                + "|your tweets?\\b|tweet location|location history|third-party applications|download a copy");
        /** Score per word above which a paragraph is a notice. */
        static final double LINE_DENSITY = 0.11;
        static final double LINE_SCORE = 2.0;
        /** Share of an article's words in notice paragraphs above which the whole article is a notice. */
        static final double ARTICLE_SHARE = 0.5;
        /** Score per word over the whole article above which it is a notice page. */
        static final double ARTICLE_DENSITY = 0.055;
        static final double ARTICLE_SCORE = 4.0;

        @Override
        public String id() {
            return "notice";
        }

        /** Hash codes of the vocabulary, to skip the lookup (and the word's String) for other words. */
        private static final Set<Integer> TERM_HASHES = TERMS.keySet().stream().map(String::hashCode)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());

        /** Vocabulary score of a line: weighted notice words plus notice phrases. */
        static double score(String text) {
            double s = 0;
            int start = -1;
            int hash = 0;
            for (int i = 0, n = text.length(); i <= n; i++) {
                char c = i < n ? text.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c) || (c == '-' && start >= 0)) {
                    if (start < 0) {
                        start = i;
                        hash = 0;
                    }
                    // String.hashCode of the lower-cased word, built as it is read.
                    hash = 31 * hash + Character.toLowerCase(c);
                } else if (start >= 0) {
                    int len = i - start;
                    if (len >= 2 && len <= 14 && TERM_HASHES.contains(hash)) {
                        Double v = TERMS.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                        if (v != null) s += v;
                    }
                    start = -1;
                }
            }
            if (s == 0) return 0; // every phrase contains a scored word
            Matcher m = PHRASES.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) s += 1.5;
            return s;
        }

        static boolean isNotice(double score, int words) {
            return words >= 3 && score >= LINE_SCORE && score / Math.max(1, words) >= LINE_DENSITY;
        }

        private record Scores(double[][] line, boolean[] article) {
        }

        private static Scores scores(ClusterContext ctx) {
            int n = ctx.cluster().articles().size();
            double[][] line = new double[n][];
            boolean[] article = new boolean[n];
            for (int a = 0; a < n; a++) {
                List<Line> ls = ctx.lines(a);
                line[a] = new double[ls.size()];
                int all = 0, notice = 0;
                double total = 0;
                for (Line l : ls) {
                    double s = score(l.text());
                    line[a][l.index()] = s;
                    all += l.words();
                    total += s;
                    if (isNotice(s, l.words())) notice += l.words();
                }
                article[a] = all > 0 && (notice >= ARTICLE_SHARE * all
                        || (total >= ARTICLE_SCORE && total / all >= ARTICLE_DENSITY));
            }
            return new Scores(line, article);
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            Scores sc = ctx.memo("notice-scores", () -> scores(ctx));
            if (sc.article()[line.article()]) {
                return Optional.of("the article is a site or archive notice, not a story");
            }
            if (isNotice(sc.line()[line.article()][line.index()], line.words())) {
                return Optional.of("crawler, cookie, script or subscription notice");
            }
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- navigation and UI

    /** Menus and section bars: several short items between | • · » separators. */
    public static final class Menu implements LineRule {
        private static final Pattern SEP = Pattern.compile("\\s*(?:\\||•|·|»|◦|▪|\\s/\\s)\\s*");

        @Override
        public String id() {
            return "menu";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            String t = line.text();
            int seps = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '|' || c == '•' || c == '·' || c == '»' || c == '◦' || c == '▪' || c == '/') seps++;
            }
            if (seps < 2) return Optional.empty();
            String[] items = SEP.split(t);
            if (items.length < 3) return Optional.empty();
            int words = 0, filled = 0;
            for (String it : items) {
                if (it.isBlank()) continue;
                filled++;
                words += it.strip().split("\\s+").length;
            }
            if (filled >= 2 && words <= 4 * filled) return Optional.of("a menu or section bar of short items");
            return Optional.empty();
        }
    }

    /** Short lines of generic web-interface words: Share, Advertisement, Read more, Comments... */
    public static final class UiLine implements LineRule {
        private static final Set<String> UI = Set.of("share", "shares", "shared", "sharing", "tweet", "facebook",
                "twitter", "pinterest", "linkedin", "whatsapp", "reddit", "instagram", "email", "e-mail", "mail",
                "print", "comment", "comments", "advertisement", "advertising", "advert", "ad", "ads", "sponsored",
                "subscribe", "sign", "log", "login", "register", "related", "read", "more", "continue", "reading",
                "click", "watch", "video", "videos", "photo", "photos", "image", "images", "gallery", "close",
                "enlarge", "toggle", "caption", "next", "previous", "prev", "back", "top", "home", "menu", "search",
                "skip", "follow", "like", "loading", "play", "replay", "sound", "newsletter", "listen", "audio", "save",
                "copy", "link", "links", "view", "show", "hide", "trending", "popular", "recommended", "stories",
                "story", "article", "articles", "new", "latest", "news", "feedback", "report", "embed", "download",
                "app", "full", "screen", "fullscreen", "settings", "here", "now", "also", "see", "topics", "tags",
                "glance", "highlights", "contact", "about", "reply", "replies", "permalink");
        private static final Set<String> FUNCTION = Set.of("a", "an", "the", "to", "of", "on", "in", "up", "at",
                "for", "and", "or", "this", "our", "us", "you", "your", "with", "by", "from", "it", "all");

        @Override
        public String id() {
            return "ui-line";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (line.words() > 10 || (line.terminal() && line.words() > 3)) return Optional.empty();
            int ui = 0, content = 0;
            for (String w : words(line.text())) {
                if (w.isEmpty() || FUNCTION.contains(w) || Character.isDigit(w.charAt(0))) continue;
                content++;
                if (UI.contains(w) || w.startsWith("http") || w.startsWith("@")) ui++;
            }
            if (content > 0 && ui > 0 && ui * 2 >= content && (ui * 3 >= content * 2 || line.words() <= 4)) {
                return Optional.of("a web-page control or label, not story text");
            }
            return Optional.empty();
        }
    }

    /** Links to other stories: "Read more: ...", "WATCH: ...", "... Read more". */
    public static final class RelatedLink implements LineRule {
        private static final Pattern LABEL = Pattern.compile(
                "(?i)(?:read(?: next| more| also)?|also read|more|video|watch|related|see also|listen|photos?|gallery"
                        + "|recommended|click here|don't miss|trending)\\s*(?::|»|>>)\\s*\\S.*");
        private static final List<String> TAILS = List.of("read more", "click here", "see more", "watch now");

        @Override
        public String id() {
            return "related-link";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (line.words() > 25) return Optional.empty();
            String t = line.text();
            int colon = -1;
            for (int i = 0; i < Math.min(t.length(), 24) && colon < 0; i++) {
                char c = t.charAt(i);
                if (c == ':' || c == '»' || c == '>') colon = i;
            }
            String k = line.key();
            while (k.endsWith("»") || k.endsWith(">") || k.endsWith(" ")) k = k.substring(0, k.length() - 1);
            boolean tail = false;
            for (String end : TAILS) tail |= k.endsWith(end) && (k.length() == end.length() || !Character.isLetter(k.charAt(k.length() - end.length() - 1)));
            if (tail || (colon > 0 && LABEL.matcher(t).matches())) {
                return Optional.of("a link to another story");
            }
            return Optional.empty();
        }
    }

    /** Lines that are only addresses, e-mails, handles or hashtags. */
    public static final class UrlOnly implements LineRule {
        private static final Pattern TOKEN = Pattern.compile(
                "(?i)(?:https?:?/*\\S*|www\\.\\S+|\\S+@\\S+\\.\\S+|[@#]\\w+|\\S+\\.(?:com|org|net|co\\.uk|ly)(?:/\\S*)?|[-–—:|,·•]+)");

        @Override
        public String id() {
            return "url-only";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (line.letters() > 0 && line.text().indexOf('.') < 0 && line.text().indexOf('@') < 0
                    && line.text().indexOf('#') < 0) return Optional.empty();
            if (line.words() > 8 && !line.text().contains("http")) return Optional.empty();
            for (String t : line.tokens()) if (!TOKEN.matcher(t).matches()) return Optional.empty();
            return Optional.of("only links, e-mail addresses or handles");
        }
    }

    // ---------------------------------------------------------------- photos and credits

    /** Photo-credit phrases: "Photo: ...", "Getty Images", "AP Photo/...", "Image copyright". */
    public static final class Credit implements LineRule {
        private static final List<String> PHRASES = List.of("Getty Images", "AP Photo", "/Getty", "Getty/",
                "Image copyright", "Image caption", "toggle caption", "Enlarge this image", "Photographer:", "(Photo:",
                "Photo by", "Photo credit", "Media caption", "Handout via", "/Handout");
        private static final Pattern AGENCY_SLASH = Pattern.compile(
                "\\b(?:REUTERS|Reuters|AFP|EPA|AP)/\\p{Lu}|/(?:REUTERS|Reuters|AFP|EPA)\\b");
        private static final Pattern LABEL = Pattern.compile(
                "(?:FILE )?(?:PHOTOS?|Photos?|Photograph|Picture|Pictured|Image|IMAGE)\\s*:|Caption\\s+\\p{Lu}");
        /** A credit closing the line: "... via REUTERS", "... Jane Doe/AFP". */
        private static final Pattern TAIL = Pattern.compile("(?:\\bvia|/)\\s*(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|Getty)\\s*$");

        @Override
        public String id() {
            return "credit";
        }

        private static boolean endsWithAgency(String t) {
            return t.endsWith("REUTERS") || t.endsWith("Reuters") || t.endsWith("AFP") || t.endsWith("AP")
                    || t.endsWith("EPA") || t.endsWith("Getty Images") || t.endsWith("Getty");
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            String t = line.text();
            boolean credit = LABEL.matcher(t).lookingAt()
                    || (!line.terminal() && t.indexOf('/') >= 0 && AGENCY_SLASH.matcher(t).find())
                    || (!line.terminal() && endsWithAgency(t) && TAIL.matcher(t).find());
            for (int i = 0; i < PHRASES.size() && !credit; i++) credit = t.contains(PHRASES.get(i));
            if (credit) return Optional.of("a photo caption or picture credit");
            return Optional.empty();
        }
    }

    /**
     * Captions: a line ending with a bracketed credit of capitalised words ("... [AFP]",
     * "(Reuters)", "[Jane Roe/Agency]"), and the unpunctuated line just before such a caption.
     */
    public static final class Caption implements LineRule {
        private static final Pattern TAIL = Pattern.compile("[\\[(]([^\\[\\]()]{1,60})[\\])]\\s*$");

        @Override
        public String id() {
            return "caption";
        }

        static final Set<String> AGENCIES = Set.of("AFP", "AP", "EPA", "Reuters", "REUTERS", "Getty",
                "Xinhua", "UPI", "PA", "ANP", "DPA", "dpa", "AAP", "IANS", "PTI", "Anadolu", "ANSA", "Kyodo", "Yonhap",
                "TASS", "Bloomberg", "Shutterstock", "Alamy");
        private static final Set<String> JOINERS = Set.of("via", "and", "of", "de", "al", "for", "the");

        /** True when the text ends with a bracketed credit: an agency, or names with a slash. */
        static boolean endsWithCredit(String text) {
            if (text.isEmpty()) return false;
            char last = text.charAt(text.length() - 1);
            if (last != ']' && last != ')') return false;
            Matcher m = TAIL.matcher(text);
            if (!m.find()) return false;
            String inner = m.group(1).strip();
            String[] ws = inner.split("[\\s/,]+");
            int n = 0;
            for (String w : ws) {
                if (w.isEmpty() || JOINERS.contains(w)) continue;
                if (!Character.isUpperCase(w.charAt(0))) return false;
                n++;
            }
            if (n == 0 || n > 7) return false;
            return inner.contains("/") || n >= 2 || AGENCIES.contains(inner);
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (endsWithCredit(line.text())) return Optional.of("a photo caption ending with a credit");
            Line next = ctx.next(line);
            if (!line.terminal() && next != null && endsWithCredit(next.text()) && !next.terminal()) {
                return Optional.of("a photo caption (the line before a credited caption)");
            }
            return Optional.empty();
        }
    }

    /**
     * Photo captions written as sentences: "A photo from the ministry shows...", "..., this photo
     * released by the coast guard shows.", "Rescuers carry a man, left, and ...".
     */
    public static final class PhotoCaption implements LineRule {
        private static final Pattern START = Pattern.compile(
                "^(?:(?:An?|This|The) )?(?:undated |file |handout |aerial |satellite )*(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture|[Ss]creenshot|[Ss]creen grab)s?"
                        + " (?:from|taken|released|provided|made available|obtained|posted|shared|shows?|showing|of)\\b");
        private static final Pattern INSIDE = Pattern.compile(
                "(?i)\\bin this (?:undated |file |handout |aerial |satellite )*(?:photo|photograph|image|picture)\\b"
                        + "|\\bthis (?:undated |file |handout |aerial |satellite )*(?:photo|photograph|image|picture)"
                        + "(?: (?:released|provided|taken|made available|obtained|posted)(?: by [^,.]{1,60})?)?,? shows?\\b"
                        + "|, (?:left|right|center|centre|second left|second right),|\\((?:left|right|center|centre)\\)|\\bfrom left\\b");

        @Override
        public String id() {
            return "caption";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (line.words() > 60) return Optional.empty();
            String k = line.key();
            if (k.indexOf("photo") < 0 && k.indexOf("image") < 0 && k.indexOf("picture") < 0 && k.indexOf("screen") < 0
                    && k.indexOf("left") < 0 && k.indexOf("right") < 0 && k.indexOf("cent") < 0) return Optional.empty();
            String t = line.text();
            if (START.matcher(t).find() || INSIDE.matcher(t).find()) return Optional.of("a photo caption");
            return Optional.empty();
        }
    }

    /**
     * Gallery captions written as a label, a colon and an unpunctuated description: "Double date:
     * While the couple arrived holding hands, their friends walked apart". Galleries come in series,
     * so the article must hold at least {@value #MIN_IN_ARTICLE} such lines; a single one may be prose
     * that lost its full stop.
     */
    public static final class LabelCaption implements LineRule {
        private static final Pattern P = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,3}: \\p{Lu}");

        @Override
        public String id() {
            return "caption";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (!shaped(line)) return Optional.empty();
            int[] counts = ctx.memo("label-captions", () -> {
                int[] c = new int[ctx.cluster().articles().size()];
                for (int a = 0; a < c.length; a++) for (Line l : ctx.lines(a)) if (shaped(l)) c[a]++;
                return c;
            });
            return counts[line.article()] >= MIN_IN_ARTICLE
                    ? Optional.of("a gallery caption (a label and an unpunctuated description)") : Optional.empty();
        }

        static final int MIN_IN_ARTICLE = 2;

        private static boolean shaped(Line line) {
            return !line.terminal() && line.words() <= 45 && line.text().indexOf(':') > 0 && P.matcher(line.text()).find();
        }
    }

    /** Embedded social-media posts: "A post shared by ...", "pic.twitter.com/...", "— Name (@handle) May 2, 2017". */
    public static final class SocialEmbed implements LineRule {
        private static final Pattern P = Pattern.compile(
                "A post shared by|pic\\.twitter\\.com/|\\(@\\w{1,30}\\)\\s+(?:on\\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\w*\\.?\\s+\\d{1,2},\\s+\\d{4}");

        @Override
        public String id() {
            return "social-embed";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            String t = line.text();
            if ((t.indexOf('@') >= 0 || t.contains("shared by") || t.contains("pic.")) && P.matcher(t).find()) {
                return Optional.of("an embedded social-media post");
            }
            return Optional.empty();
        }
    }

    /**
     * Video-player and gallery controls run together: "JUST WATCHED ... Replay More Videos ...",
     * "3 of 40 Skip in Skip x Embed x Share CLOSE ...", "Media playback is unsupported on your device".
     */
    public static final class Player implements LineRule {
        private static final Set<String> CONTROLS = Set.of("replay", "watched", "watch", "embed", "skip", "share",
                "close", "autoplay", "playlist", "videos", "mute", "unmute", "fullscreen", "playback", "caption", "next", "hide");
        private static final String[] CUES = {"Replay", "WATCH", "Watch", "Embed", "Skip", "Share", "CLOSE", "Close",
                "Videos", "VIDEOS", "Autoplay", "Playlist", "Mute", "Fullscreen", "Next", "Caption", "Hide"};
        /** A gallery slide's control and counter: "Hide Caption 3 of 40". */
        private static final Pattern GALLERY = Pattern.compile("\\b(?:Hide|Show|Close) Caption \\d+ of \\d+\\b");
        private static final Pattern COUNTERS = Pattern.compile("\\b\\d+ of \\d+\\b|\\b\\d{1,2}:\\d{2}\\b");

        @Override
        public String id() {
            return "player";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            String t = line.text();
            if (t.contains("Media playback is unsupported")) return Optional.of("a media player's controls");
            int cues = 0;
            for (String c : CUES) if (t.indexOf(c) >= 0 && ++cues >= 2) break;
            if (cues < 2) return Optional.empty();
            Matcher g = GALLERY.matcher(t);
            int slides = 0;
            while (slides < 2 && g.find()) slides++;
            if (slides >= 2) return Optional.of("a photo gallery's captions and controls");
            int hits = 0;
            for (String w : t.split("[^\\p{L}]+")) {
                if (w.length() >= 4 && CONTROLS.contains(w.toLowerCase(Locale.ROOT))
                        && (Character.isUpperCase(w.charAt(0)))) hits++;
            }
            if (hits < 2) return Optional.empty();
            Matcher m = COUNTERS.matcher(t);
            while (m.find()) hits++;
            if (hits >= 3 && hits * 8 >= line.words()) return Optional.of("a media player's or gallery's controls");
            return Optional.empty();
        }
    }

    /** Prompts to follow, click or visit: "Follow us on Twitter @x", "For more, click here: http://...". */
    public static final class Promo implements LineRule {
        private static final Pattern FOLLOW = Pattern.compile(
                "(?i)^follow\\b.{0,80}(?:@\\w|twitter|facebook|instagram|google\\+|\\.com)");
        private static final Pattern CONTACT = Pattern.compile(
                "(?i)^(?:contact|email|e-mail|write to|reach) (?:us|me|him|her|them|the (?:author|writer|reporter|editors?))\\b.{0,60}@");
        private static final Pattern URL = Pattern.compile("(?i)https?://|\\bwww\\.|\\bbit\\.ly/");
        private static final Pattern PROMPT = Pattern.compile(
                "(?i)\\bclick\\b|\\bvisit\\b|\\bfollow\\b|\\bsubscribe\\b|\\bdownload\\b|\\bfor more\\b|\\bhead over\\b");

        @Override
        public String id() {
            return "promo";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (line.words() > 30) return Optional.empty();
            String t = line.text(), k = line.key();
            if (line.words() <= 15 && t.indexOf('@') > 0 && CONTACT.matcher(t).find()) return Optional.of("a prompt to write to the outlet");
            if (line.words() <= 20 && k.startsWith("follow") && FOLLOW.matcher(t).find()) return Optional.of("a prompt to follow the outlet or writer");
            if ((k.contains("http") || k.contains("www.") || k.contains("bit.ly")) && URL.matcher(t).find()
                    && PROMPT.matcher(t).find()) return Optional.of("a prompt to click or visit a link");
            return Optional.empty();
        }
    }

    /** Sentences about media embedded in the page: "Watch the clip above.", "The video shown here explains...". */
    public static final class MediaReference implements LineRule {
        private static final Pattern P = Pattern.compile(
                "(?i)\\b(?:video|videos|clip|footage|photos?|images?|gallery|slideshow|pictures?|graphic|map)\\b[^.!?]{0,60}"
                        + "\\b(?:above|below)\\b[^.!?]{0,30}[.:!]?[\"”)]?\\s*$"
                        + "|(?i)\\b(?:video|clip|footage|photos?|images?|gallery|slideshow) (?:shown|seen|featured|embedded) (?:here|above|below)\\b");

        @Override
        public String id() {
            return "media-reference";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (line.words() > 35) return Optional.empty();
            String k = line.key();
            if (k.indexOf("above") < 0 && k.indexOf("below") < 0 && k.indexOf(" here") < 0) return Optional.empty();
            return P.matcher(line.text()).find() ? Optional.of("refers to a video or picture in the page") : Optional.empty();
        }
    }

    /**
     * Teasers cut off mid-sentence: a line ending with a detached ellipsis ("... according to a new
     * ..."), or an article's last line trailing off ("She plans to use another...").
     */
    public static final class Teaser implements LineRule {
        @Override
        public String id() {
            return "teaser";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            String t = line.text();
            if (line.words() < 5 || !(t.endsWith("...") || t.endsWith("…"))) return Optional.empty();
            int dots = t.endsWith("…") ? t.length() - 1 : t.length() - 3;
            char before = dots > 0 ? t.charAt(dots - 1) : ' ';
            if (before == ' ') return Optional.of("a teaser cut off mid-sentence (a link to another story)");
            if (Character.isLetter(before) && ctx.next(line) == null && t.indexOf('"') < 0 && t.indexOf('“') < 0) {
                return Optional.of("the article's last line breaks off (a teaser)");
            }
            return Optional.empty();
        }
    }

    /** Source and copyright notes: "Source: ...", "Agencies contributed to this report", "©". */
    public static final class SourceNote implements LineRule {
        private static final Pattern ANYWHERE = Pattern.compile(
                "(?i)©|\\ball rights reserved\\b|\\bcontributed (?:to )?this (?:report|article|story)\\b|\\bcontributed reporting\\b"
                        + "|^\\(?(?:additional )?reporting by\\b|\\bediting by\\b|^this (?:article|story) (?:appeared|was (?:first )?published|originally appeared)\\b"
                        + "|^this (?:article|story|report|post) (?:has been|was) (?:corrected|updated|amended|changed)\\b"
                        + "|^(?:this (?:article|story|post) (?:was )?)?originally (?:published|appeared|posted) (?:on|in|at|by)\\b"
                        + "|^(?:correction|clarification|editor'?s note)\\s*:");
        private static final Pattern START = Pattern.compile(
                "(?i)^(?:sources?|via|credits?|copyright|\\(c\\))\\s*[:\\s]");

        @Override
        public String id() {
            return "source-note";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            String k = line.key();
            boolean maybe = k.indexOf('©') >= 0 || k.contains("reserved") || k.contains("contributed") || k.contains(" by")
                    || k.startsWith("this ") || k.startsWith("originally") || k.startsWith("correction") || k.startsWith("clarification") || k.startsWith("editor");
            if (maybe && line.words() <= 40 && ANYWHERE.matcher(line.text()).find()) {
                return Optional.of("a source, credit or copyright note");
            }
            if (line.words() <= 12 && START.matcher(line.text()).find()) {
                return Optional.of("a source, credit or copyright note");
            }
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- bylines and dates

    /** "3 min read", "5 minutes reading time". */
    public static final class ReadingTime implements LineRule {
        private static final Pattern P = Pattern.compile("(?i)^\\d+\\s*(?:-\\s*)?(?:min|mins|minutes?)\\.?(?:\\s+read(?:ing)?(?:\\s+time)?)?$");

        @Override
        public String id() {
            return "reading-time";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            return P.matcher(line.text()).matches() ? Optional.of("a reading-time label") : Optional.empty();
        }
    }

    /** Date and time stamps alone on a line: "Friday, September 23rd 2016", "Updated 10:32 GMT". */
    public static final class Dateline implements LineRule {
        private static final Pattern TOKEN = Pattern.compile("(?i)(?:"
                + "mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
                + "|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
                + "|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:am|pm)?|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}"
                + "|am|pm|a\\.m|p\\.m|gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|pt|ist|z"
                + "|updated|published|posted|last|modified|on|at|first|date|time|today|yesterday|ago|hours?|mins?|minutes?"
                + ")\\.?");

        @Override
        public String id() {
            return "dateline";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (line.words() > 10 || line.terminal() && line.words() > 6) return Optional.empty();
            boolean digit = false;
            for (String t : line.text().split("[\\s,|/()\\-–—:]+")) {
                if (t.isEmpty()) continue;
                if (!TOKEN.matcher(t).matches()) return Optional.empty();
                for (int i = 0; i < t.length() && !digit; i++) digit = Character.isDigit(t.charAt(i));
            }
            return digit ? Optional.of("a date or time stamp") : Optional.empty();
        }
    }

    /** Bylines: "By Jane Doe", or a name-only line like "Jane Doe with John Roe in Paris". */
    public static final class Byline implements LineRule {
        private static final Pattern BY = Pattern.compile("^(?:[/|•·-]\\s*)?(?:(?:Updated|Written|Reported|Story|Words)\\s+)?[Bb][Yy]\\s*:?\\s+\\p{Lu}");
        private static final Set<String> CONNECTORS = Set.of("with", "and", "&", "in", "of", "de", "del", "da", "di",
                "van", "von", "der", "al", "el", "bin", "ibn", "la", "le", "y", "du", "dos", "das");

        @Override
        public String id() {
            return "byline";
        }

        static boolean nameLike(String[] tokens, int from) {
            int names = 0;
            for (int i = from; i < tokens.length; i++) {
                String t = tokens[i].replaceAll("^[\"'“(]+|[,;:.\"'”)]+$", "");
                if (t.isEmpty()) continue;
                if (CONNECTORS.contains(t.toLowerCase(Locale.ROOT))) continue;
                char c = t.charAt(0);
                boolean cap = Character.isUpperCase(c)
                        || t.matches("(?:al|el|bin|de|da|van|von|d|ibn)-\\p{Lu}.*|[dD]'\\p{Lu}.*");
                if (!cap) return false;
                names++;
            }
            return names >= 2;
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (line.words() > 14 || (line.terminal() && !line.text().endsWith("."))) return Optional.empty();
            String[] tokens = line.tokens();
            if (BY.matcher(line.text()).find() && (line.words() <= 6 || nameLike(tokens, 1) || !line.terminal())) {
                return Optional.of("a byline (author credit)");
            }
            if (line.terminal()) return Optional.empty();
            boolean joiner = line.text().contains(",");
            for (String t : tokens) {
                String w = t.toLowerCase(Locale.ROOT);
                if (w.equals("with") || w.equals("and") || w.equals("&")) joiner = true;
            }
            if (joiner && line.words() >= 3 && nameLike(tokens, 0) && line.upper() * 2 < line.letters()) {
                return Optional.of("a byline (names only)");
            }
            return Optional.empty();
        }
    }

    /**
     * A dateline and byline glued before the first sentence: "NEW YORK (AP) — ",
     * "LONDON, UNITED KINGDOM, Jane Doe in Paris- ". The sentence after it is kept.
     */
    public static final class DatelinePrefix implements PrefixRule {
        private static final Pattern P = Pattern.compile(
                "^(\\p{Lu}[\\p{Lu}.'’]+(?:[ -]\\p{Lu}[\\p{Lu}.'’]+)*\\.?(?:\\s*,\\s*(?:(?:\\p{Lu}\\.){2,3}|[^,.!?\"“”;]{2,60}?(?:(?<=\\b\\p{Lu}\\p{Ll}{1,4})\\.)?)){0,4}(?:\\s*\\([^)]{1,40}\\))?)(?:\\s*[-–—]{1,2}\\s+|\\s*[–—]\\s*)(?=[\\p{Lu}\"“‘'])");

        @Override
        public String id() {
            return "dateline";
        }

        @Override
        public Optional<Cut> cut(String line) {
            if (line.length() < 24 || !Character.isUpperCase(line.charAt(0)) || !Character.isUpperCase(line.charAt(1))) {
                return Optional.empty();
            }
            Matcher m = P.matcher(line);
            if (!m.find() || m.end() > 160 || m.end() >= line.length() - 20) return Optional.empty();
            String head = m.group(1);
            // the first word must be a place in capitals (two letters or more), not an acronym subject
            // followed by an ordinary clause
            String first = head.split("[ ,(]")[0];
            if (first.replaceAll("[^\\p{L}]", "").length() < 2) return Optional.empty();
            if (head.split("\\s+").length > 14) return Optional.empty();
            boolean place = first.replaceAll("[^\\p{L}]", "").length() >= 4 || head.contains(",") || head.contains("(");
            if (!place) return Optional.empty();
            return Optional.of(new Cut(m.end(), "a dateline or byline before the first sentence"));
        }
    }

    /**
     * A headline printed twice before the text: "Storm Closes Harbour Storm Closes Harbour The storm...".
     * Both copies are cut. A bracketed media label is cut too: "[Video] The mayor...".
     */
    public static final class RepeatedHeadline implements PrefixRule {
        private static final Pattern MEDIA_LABEL = Pattern.compile(
                "^\\[(?:[^\\]]{0,20}\\b)?(?:Video|VIDEO|Photos?|PHOTOS?|Audio|AUDIO|Gallery|Watch|WATCH|Listen)\\b[^\\]]{0,20}\\]\\s+(?=[\\p{Lu}\"“])");

        @Override
        public String id() {
            return "headline";
        }

        @Override
        public Optional<Cut> cut(String line) {
            if (line.length() < 40) return Optional.empty();
            if (line.charAt(0) == '[') {
                Matcher m = MEDIA_LABEL.matcher(line);
                return m.find() ? Optional.of(new Cut(m.end(), "a media label before the text")) : Optional.empty();
            }
            int w = 0, i = 0;
            while (i < line.length() && w < 4) { // the first four words
                int j = line.indexOf(' ', i);
                if (j < 0) return Optional.empty();
                w++;
                i = j + 1;
            }
            String head = line.substring(0, i);
            int again = line.indexOf(head, i);
            if (again < 0 || again > 200) return Optional.empty();
            String first = line.substring(0, again);
            int end = again + first.length();
            if (!line.startsWith(first, again) || end >= line.length() - 20) return Optional.empty();
            while (end < line.length() && line.charAt(end) == ' ') end++;
            if (!Character.isUpperCase(line.charAt(end))) return Optional.empty();
            return Optional.of(new Cut(end, "a headline printed twice before the text"));
        }
    }

    /**
     * A wire or station tag left before the first sentence when the place was stripped:
     * "(AP) — ", "(CNN) -- ", "(WXYZ) ", or a place and a wire tag without a dash: "Tokyo (CNN) ".
     */
    public static final class AgencyTag implements PrefixRule {
        private static final Pattern TAG = Pattern.compile(
                "^\\(\\p{Lu}[\\p{Lu}\\d&]{1,7}(?:-TV)?\\)\\s*(?:[-–—]{1,2}\\s*)?(?=[\\p{Lu}\"“‘])"
                        + "|^\\(\\p{Lu}[\\p{L}\\d&.]{1,15}(?:\\s\\p{Lu}[\\p{L}.]{1,10}){0,2}\\)\\s*[-–—]{1,2}\\s*(?=[\\p{Lu}\"“‘])");
        /** A place in capitals, perhaps with its state, and a station's call letters: "HARBOURTON, Ore. (KXYZ) ". */
        private static final Pattern CAPS_PLACE_STATION = Pattern.compile(
                "^\\p{Lu}[\\p{Lu}.'’ -]{2,30},?(?:\\s(?:\\p{Lu}\\p{Ll}{1,4}\\.|(?:\\p{Lu}\\.){2,3}))?\\s\\(\\p{Lu}[\\p{Lu}\\d&]{1,7}(?:-TV)?\\)"
                        + "\\s*(?:[-–—]{1,2}\\s*)?(?=[\\p{Lu}\"“‘])");
        private static final Pattern PLACE_WIRE = Pattern.compile(
                "^\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,2},?\\s\\((?:AP|AFP|CNN|Reuters|UPI|dpa|DPA|EFE|ANSA)\\)"
                        + "\\s*(?:[-–—]{1,2}\\s*)?(?=[\\p{Lu}\"“‘])");

        @Override
        public String id() {
            return "dateline";
        }

        @Override
        public Optional<Cut> cut(String line) {
            if (line.length() < 24) return Optional.empty();
            int paren = line.indexOf('(');
            if (paren < 0 || paren > 40 || paren + 1 >= line.length() || !Character.isUpperCase(line.charAt(paren + 1))) return Optional.empty();
            Matcher m = (paren == 0 ? TAG : PLACE_WIRE).matcher(line);
            if (!m.find() && (paren == 0 || !Character.isUpperCase(line.charAt(1)) || !(m = CAPS_PLACE_STATION.matcher(line)).find())) {
                return Optional.empty();
            }
            if (m.end() < line.length() - 20) return Optional.of(new Cut(m.end(), "a wire or station tag before the first sentence"));
            return Optional.empty();
        }
    }

    /**
     * A place in capitals glued to the first sentence without a dash: "DUBAI A court said...",
     * "WASHINGTON The Senate passed...". Only when a capitalised function word follows, which an
     * acronym subject ("NASA Administrator said") never has.
     */
    public static final class CapsDateline implements PrefixRule {
        private static final Pattern P = Pattern.compile(
                "^\\p{Lu}[\\p{Lu}.'’]{2,}(?:[ /-]\\p{Lu}[\\p{Lu}.'’]+){0,3}\\s+(?=(?:A|An|The|In|On|At|After|As|For|It|This|Two|Three|Police)\\s)");

        @Override
        public String id() {
            return "dateline";
        }

        @Override
        public Optional<Cut> cut(String line) {
            if (line.length() < 30 || !Character.isUpperCase(line.charAt(1))) return Optional.empty();
            Matcher m = P.matcher(line);
            return m.find() ? Optional.of(new Cut(m.end(), "a place in capitals before the first sentence")) : Optional.empty();
        }
    }

    /**
     * A label in capitals before the text: a transcript's speaker ("SMITH: ", "JOHN DOE: "), or a
     * tag such as "UPDATE: " or "Updated | ". Link labels ("READ MORE:", "WATCH:") are left for
     * {@link RelatedLink}, which drops the whole line.
     */
    public static final class LabelPrefix implements PrefixRule {
        private static final Pattern CAPS = Pattern.compile("^(\\p{Lu}[\\p{Lu}.'’ -]{0,30}[\\p{Lu}.])\\s*:\\s+(?=\\S)");
        private static final Pattern UPDATED = Pattern.compile("^(?:Updated|UPDATED|Update|UPDATE)\\s*[|:]\\s+(?=\\S)");
        private static final Set<String> LINK_LABELS = Set.of("READ", "READ MORE", "MORE", "WATCH", "RELATED", "VIDEO",
                "PHOTOS", "PHOTO", "SEE ALSO", "LISTEN", "GALLERY", "CLICK HERE", "SOURCE", "SOURCES", "CREDIT",
                "COPYRIGHT", "ALSO READ", "READ NEXT", "RECOMMENDED", "TRENDING");

        @Override
        public String id() {
            return "label";
        }

        @Override
        public Optional<Cut> cut(String line) {
            if (line.length() < 4 || !Character.isUpperCase(line.charAt(0))) return Optional.empty();
            if (line.startsWith("Update") || line.startsWith("UPDATE")) {
                Matcher u = UPDATED.matcher(line);
                if (u.find()) return Optional.of(new Cut(u.end(), "an update tag"));
            }
            int colon = line.indexOf(':');
            if (colon < 2 || colon > 34 || !Character.isUpperCase(line.charAt(1)) && line.charAt(1) != ' ') return Optional.empty();
            Matcher m = CAPS.matcher(line);
            if (!m.find()) return Optional.empty();
            String label = m.group(1).strip();
            if (label.split("\\s+").length > 4 || LINK_LABELS.contains(label)) return Optional.empty();
            if (label.replaceAll("[^\\p{L}]", "").length() < 2) return Optional.empty();
            return Optional.of(new Cut(m.end(), "a speaker or section label"));
        }
    }

    /** A list bullet or dash before the text: "- ", "-- ", "— ", "* ", "• ". Decorated headings are left whole. */
    public static final class BulletPrefix implements PrefixRule {
        private static final Pattern P = Pattern.compile("^(?:[-–—*•·]{1,2})\\s+(?=[\\p{L}\\p{N}\"“‘(])");

        @Override
        public String id() {
            return "bullet";
        }

        @Override
        public Optional<Cut> cut(String line) {
            if (line.length() < 3 || "-–—*•·".indexOf(line.charAt(0)) < 0) return Optional.empty();
            char last = line.charAt(line.length() - 1);
            if ("-–—*•·=#~".indexOf(last) >= 0) return Optional.empty();
            Matcher m = P.matcher(line);
            return m.find() ? Optional.of(new Cut(m.end(), "a list bullet or dash")) : Optional.empty();
        }
    }

    /**
     * Web-page controls glued before a sentence: "Enlarge Image Close ", "Email This ",
     * "Share Print ". Two or more control words, one of them an action.
     */
    public static final class UiPrefix implements PrefixRule {
        private static final Set<String> WORDS = Set.of("Enlarge", "Image", "Photo", "Close", "Email", "E-mail", "Share",
                "Print", "Tweet", "This", "Hide", "Caption", "Toggle", "Expand", "Play", "Video", "Replay", "Comments",
                "Save", "Story", "Article", "Link", "Copy", "Pin", "It");
        private static final List<String> CREDITS = List.of("Getty Images", "Bloomberg News", "Associated Press",
                "AP Photo", "Reuters", "AFP", "AP", "EPA", "Bloomberg");
        private static final Set<String> ACTIONS = Set.of("Enlarge", "Close", "Email", "E-mail", "Share", "Print",
                "Tweet", "Toggle", "Hide", "Expand", "Replay", "Copy");

        @Override
        public String id() {
            return "ui-line";
        }

        @Override
        public Optional<Cut> cut(String line) {
            int i = 0, n = 0, end = 0;
            boolean action = false;
            while (i < line.length() && n < 5) {
                int j = line.indexOf(' ', i);
                if (j < 0) break;
                String w = line.substring(i, j);
                if (!WORDS.contains(w)) break;
                action |= ACTIONS.contains(w);
                n++;
                i = j + 1;
                end = i;
            }
            if (n < 2 || !action || end >= line.length() || !Character.isUpperCase(line.charAt(end))) return Optional.empty();
            for (String credit : CREDITS) { // the picture's credit often follows: "Enlarge Image Close Wire News The..."
                if (line.startsWith(credit + " ", end) && end + credit.length() + 1 < line.length()
                        && Character.isUpperCase(line.charAt(end + credit.length() + 1))) {
                    end += credit.length() + 1;
                    break;
                }
            }
            return Optional.of(new Cut(end, "web-page controls before the text"));
        }
    }

    /**
     * A byline glued before the first sentence: "By Jane Doe and John Q. Roe The council...".
     * Names are a first name, an optional initial and a surname.
     */
    public static final class BylinePrefix implements PrefixRule {
        private static final String NAME = "\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?\\s\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?";
        private static final Pattern P = Pattern.compile(
                "^[Bb]y\\s+" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*\\s+(?=\\p{Lu}\\p{Ll}*[\\s,])");
        /** Weekdays and months: after "By" they start a time phrase, after a bracket the sentence goes on. */
        static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December");

        @Override
        public String id() {
            return "byline";
        }

        @Override
        public Optional<Cut> cut(String line) {
            if (line.length() < 40 || (line.charAt(0) != 'B' && line.charAt(0) != 'b')) return Optional.empty();
            Matcher m = P.matcher(line);
            if (!m.find()) return Optional.empty();
            String first = line.substring(3).strip().split("\\s+")[0];
            if (CALENDAR.contains(first) || first.equals("The") || first.equals("Then") || first.equals("Now")) return Optional.empty();
            if (line.substring(m.end()).split("\\s+").length < 8) return Optional.empty();
            return Optional.of(new Cut(m.end(), "a byline before the first sentence"));
        }
    }

    /**
     * A photo caption with its credit glued before a sentence: "Crowds in the square [AFP] The
     * president said...". The credit is what {@link Caption} recognises at a line's end.
     */
    public static final class CaptionPrefix implements PrefixRule {
        private static final Pattern P = Pattern.compile("[\\[(][^\\[\\]()]{1,60}[\\])]\\s+(?=[\\p{Lu}\"“])");

        @Override
        public String id() {
            return "caption";
        }

        @Override
        public Optional<Cut> cut(String line) {
            if (line.length() < 60 || (line.indexOf(']') < 0 && line.indexOf(')') < 0)) return Optional.empty();
            Matcher m = P.matcher(line);
            while (m.find()) {
                if (m.start() < 15 || m.start() > 300) continue;
                String head = line.substring(0, m.end()).strip();
                String inner = line.substring(m.start() + 1, m.end()).strip();
                inner = inner.substring(0, inner.length() - 1).strip();
                // a photographer's or agency's credit, not any bracketed name ("[Homeland Security]")
                if (!(inner.contains("/") || Caption.AGENCIES.contains(inner)) || !Caption.endsWithCredit(head)) continue;
                String nextWord = line.substring(m.end()).split("[\\s,]+")[0];
                if (BylinePrefix.CALENDAR.contains(nextWord)) continue; // "... (AP) Tuesday": the sentence goes on
                if (line.substring(m.end()).split("\\s+").length < 8) return Optional.empty();
                return Optional.of(new Cut(m.end(), "a photo caption with its credit before the text"));
            }
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- repetition

    /** The article's own title repeated in its body. */
    public static final class Title implements LineRule {
        @Override
        public String id() {
            return "title";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            String t = ctx.titleKey(line.article());
            if (!t.isEmpty() && t.equals(line.key()) && !ClusterContext.isBody(line)) {
                return Optional.of("repeats the article's title");
            }
            return Optional.empty();
        }
    }

    /** A line repeated inside the same article (a duplicated headline or standfirst): keep the first. */
    public static final class Duplicate implements LineRule {
        @Override
        public String id() {
            return "duplicate";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            return ctx.repeatsEarlier(line) ? Optional.of("repeats an earlier line of this article") : Optional.empty();
        }
    }

    /**
     * Short template lines found verbatim in two or more articles. Real sentences shared by wire
     * copy end like sentences and are long, so they are kept.
     */
    public static final class Template implements LineRule {
        @Override
        public String id() {
            return "template";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            int n = ctx.articlesWith(line);
            if (n >= 2 && (!line.terminal() || line.words() <= 4) && line.words() <= 15) {
                return Optional.of("the same short line appears in " + n + " articles (a page template)");
            }
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- quality and shape

    /** Cased text with no lower-case letters: labels, shouted headings. */
    public static final class NoLowercase implements LineRule {
        @Override
        public String id() {
            return "no-lowercase";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (line.lower() == 0 && line.upper() >= 2 && line.upper() * 2 >= line.letters()) {
                return Optional.of("no lower-case letters (a label or shouted heading)");
            }
            return Optional.empty();
        }
    }

    /** Lines made mostly of digits, symbols or punctuation. */
    public static final class Symbols implements LineRule {
        @Override
        public String id() {
            return "symbols";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (line.letters() * 2 < line.visible()) return Optional.of("mostly digits or symbols, not prose");
            return Optional.empty();
        }
    }

    /** Headings set off by dashes or stars: "- Rebel neighborhoods -", "*** Update ***". */
    public static final class DecoratedHeading implements LineRule {
        private static final Pattern P = Pattern.compile("^[-–—*=#•~]+\\s*.{1,80}?\\s*[-–—*=#•~]+$");

        @Override
        public String id() {
            return "sub-heading";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            return line.words() <= 12 && P.matcher(line.text()).matches()
                    ? Optional.of("a decorated section heading") : Optional.empty();
        }
    }

    /** A whole line in square brackets: an inline link to another story, or an editor's note. */
    public static final class Bracketed implements LineRule {
        @Override
        public String id() {
            return "bracketed";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            String t = line.text();
            if (t.length() >= 3 && t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']' && t.indexOf(']') == t.length() - 1) {
                return Optional.of("a bracketed link or editor's note");
            }
            return Optional.empty();
        }
    }

    /** Unpunctuated lines after the story's last paragraph: related-article headlines, footers. */
    public static final class TrailingHeadline implements LineRule {
        @Override
        public String id() {
            return "related-headline";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (line.index() > ctx.lastBody(line.article()) && !line.terminal() && line.words() <= 25) {
                return Optional.of("after the story ends (a related-article headline or footer)");
            }
            return Optional.empty();
        }
    }

    /** Unpunctuated lines before the story's first paragraph: the headline, kicker, labels. */
    public static final class LeadingHeadline implements LineRule {
        @Override
        public String id() {
            return "headline";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (line.index() < ctx.firstBody(line.article()) && !line.terminal() && line.words() <= 25) {
                return Optional.of("before the story starts (the headline or a label)");
            }
            return Optional.empty();
        }
    }

    /** Short unpunctuated lines inside the body: sub-headings, labels, pull quotes. */
    public static final class SubHeading implements LineRule {
        static final int MAX_WORDS = 12;
        /** A sentence end inside the line: prose that merely lost its final full stop. */
        private static final Pattern INNER_SENTENCE = Pattern.compile("\\p{Ll}[.!?][\"”’]?\\s+[\"“‘]?\\p{Lu}");

        @Override
        public String id() {
            return "sub-heading";
        }

        @Override
        public Optional<String> why(Line line, ClusterContext ctx) {
            if (!line.terminal() && line.words() <= MAX_WORDS
                    && !(line.words() >= 6 && INNER_SENTENCE.matcher(line.text()).find())) {
                return Optional.of("a short line without sentence punctuation (a sub-heading or label)");
            }
            return Optional.empty();
        }
    }
}
