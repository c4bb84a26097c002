package dev.precis.topic;

import dev.precis.lexicon.Quotations;
import dev.precis.model.Sentence;

import java.util.List;
import dev.precis.lexicon.KeywordPattern;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Pages that are not news whatever their cluster: an archive or site notice, a promotion (a course,
 * a product, a subscription, a fund-raising appeal), spam (loans, casinos, pills), a horoscope.
 * Judged by the share of the article's sentences that carry such vocabulary.
 */
final class Shapes {
    private static final KeywordPattern NOTICE = KeywordPattern.of("(?i)\\b(?:crawl(?:s|ed|er|ing)?|wayback|internet archive|archive team"
            + "|javascript|your browser|cookie (?:policy|settings)|(?:accept|use|uses) (?:all )?cookies|rating is available|video (?:is )?unavailable|could not be loaded"
            + "|not available right now|try again later|page (?:you requested|not found)|404|sign (?:in|up)|log ?in"
            + "|subscribers?|subscription|newsletter|privacy policy|terms of (?:use|service))\\b",
            "crawl", "wayback", "internet archive", "archive team", "javascript", "your browser", "cookie", "rating is available", "video", "could not be loaded", "not available right now", "try again later", "page", "404", "sign", "log", "subscri", "newsletter", "privacy policy", "terms of");
    private static final KeywordPattern PROMO = KeywordPattern.of("(?i)\\b(?:free (?:online )?(?:training|trial|shipping|download)"
            + "|this (?:course|training|program|webinar)|enrol(?:l|ment)|order (?:now|today)|buy (?:now|today)|coupons?"
            + "|discount|promo code|% off|limited time|call now|click here|learn more|get started|sign up today"
            + "|donat(?:e|ion|ions)|gofundme|fundrais\\w*|customer service|our (?:products|services|team of experts)"
            + "|you will learn|best price|shop now|add to cart)\\b",
            "free", "course", "training", "program", "webinar", "enrol", "order", "buy", "coupon", "discount", "promo code", "% off", "limited time", "call now", "click here", "learn more", "get started", "sign up today", "donat", "gofundme", "fundrais", "customer service", "our", "you will learn", "best price", "shop now", "add to cart");
    private static final KeywordPattern SPAM = KeywordPattern.of("(?i)\\b(?:payday|cash advance|bad credit|credit score|loans?"
            + "|casino|viagra|cialis|pharmacy|weight loss|essay writing|escort|forex|bitcoin doubler|lender)\\b",
            "payday", "cash advance", "bad credit", "credit score", "loan", "casino", "viagra", "cialis", "pharmacy", "weight loss", "essay writing", "escort", "forex", "bitcoin doubler", "lender");
    private static final KeywordPattern HOROSCOPE = KeywordPattern.of("(?i)\\b(?:horoscope|zodiac|aries|taurus|gemini|libra"
            + "|scorpio|sagittarius|capricorn|aquarius|pisces|your (?:sign|time of year)"
            + "|next 48 hours)\\b",
            "horoscope", "zodiac", "aries", "taurus", "gemini", "libra", "scorpio", "sagittarius", "capricorn", "aquarius", "pisces", "your sign", "your time of year", "next 48 hours");
    /** The reader addressed outside quotations, or a first-person review: advice, promotion or a review page. */
    private static final KeywordPattern ADDRESS = KeywordPattern.of("(?i)\\b(?:you|your|yours|yourself)\\b|\\b(?:highly recommend|would recommend|our guide|we visited|i visited)\\b",
            "you", "recommend", "our guide", "visited");
    static final String ADDRESS_REASON = "a page that talks to its reader (advice, promotion or a review)";
    /** Share of an article's sentences with one kind of vocabulary above which the article is that kind of page. */
    static final double SHARE = 0.5;
    /** Spam needs fewer sentences: a story may mention a loan, a page of loans mentions little else. */
    static final double SPAM_SHARE = 0.34;
    /** A promotion needs a third of its sentences selling or soliciting. */
    static final double PROMO_SHARE = 0.34;

    static final String HOROSCOPE_REASON = "a horoscope";
    static final String PROMOTION_TO_READER_REASON = "a promotion that talks to its reader";

    /** Selling sentences that make a page which talks to its reader a promotion. */
    static final int SELLING_TO_READER = 3;

    private static boolean sells(int count, int n) {
        return count >= SELLING_TO_READER;
    }

    private Shapes() {
    }

    /** Whether {@code count} of {@code n} sentences with one kind's vocabulary make the page that kind; true for more when for fewer. */
    private interface Decides {
        boolean test(int count, int n);
    }

    private static boolean spam(int count, int n) {
        return count >= 2 && count >= SPAM_SHARE * n;
    }

    private static boolean notice(int count, int n) {
        return count > SHARE * n;
    }

    private static boolean promotion(int count, int n) {
        return count >= 2 && count >= PROMO_SHARE * n;
    }

    /** A short horoscope may name its sign in a third of its sentences. */
    private static boolean horoscope(int count, int n) {
        return count >= 1 && n <= 6 && count * 3 >= n || count > SHARE * n;
    }

    /**
     * How many sentences match {@code p}; 0 when even the sentences that hold its keywords (a bound
     * on that count) are too few to decide, so its patterns are not run (nearly every news article).
     */
    private static int matching(KeywordPattern p, Decides decides, List<Sentence> sentences, String[] lower) {
        return matching(p, decides, sentences, lower, i -> true);
    }

    /** {@link #matching} over the sentences {@code counts} accepts (by index); the share is still of all of them. */
    private static int matching(KeywordPattern p, Decides decides, List<Sentence> sentences, String[] lower, IntPredicate counts) {
        int may = 0;
        // The keyword test first: {@code counts} may be costly (see address) and is asked only of sentences that hold a keyword.
        for (int i = 0; i < lower.length; i++) if (p.mayMatch(sentences.get(i).text(), lower[i]) && counts.test(i)) may++;
        if (!decides.test(may, lower.length)) return 0;
        int c = 0;
        for (int i = 0; i < lower.length; i++) {
            String t = sentences.get(i).text();
            if (p.mayMatch(t, lower[i]) && counts.test(i) && p.pattern().matcher(t).find()) c++; // p.find, keywords first
        }
        return c;
    }

    /**
     * Sentences that address the reader outside quotation marks, when at least {@link #SHARE} of
     * them do; else 0, and the pattern is run only if the sentences holding its words could be that many.
     */
    static int address(List<Sentence> sentences, String article, String[] lower) {
        // Asked only of the sentences that hold the pattern's words: whether a quotation is open reads the
        // line back to its start, and a page of one long line made that a scan of the page for every sentence.
        return matching(ADDRESS, Shapes::halfAddress, sentences, lower, i -> unquoted(sentences.get(i), article));
    }

    /** Whether the sentence holds no quotation mark and starts outside a quotation opened earlier on its line. */
    private static boolean unquoted(Sentence s, String article) {
        String t = s.text();
        return t.indexOf('"') < 0 && t.indexOf('“') < 0 && !Quotations.openOnLine(article, s.start());
    }

    private static boolean addresses(int count, int n) {
        return count > SHARE * n && n >= 3;
    }

    /** Half the sentences or more talk to the reader: with selling beside it, a promotion. */
    private static boolean halfAddress(int count, int n) {
        return count >= SHARE * n && n >= 3;
    }

    /** Why the article is not news, or null. */
    static String why(List<Sentence> sentences, String article) {
        if (sentences.isEmpty()) return null;
        int n = sentences.size();
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) lower[i] = sentences.get(i).text().toLowerCase(Locale.ROOT);
        int spam = matching(SPAM, Shapes::spam, sentences, lower);
        if (spam(spam, n)) return "spam: " + spam + " of " + n + " sentences sell loans, pills or bets";
        int notice = matching(NOTICE, Shapes::notice, sentences, lower);
        if (notice(notice, n)) return "a site or archive notice: " + notice + " of " + n + " sentences";
        int promo = matching(PROMO, Shapes::promotion, sentences, lower);
        if (promotion(promo, n)) return "a promotion: " + promo + " of " + n + " sentences sell or solicit";
        int address = address(sentences, article, lower);
        if (halfAddress(address, n)) {
            // A page that talks to its reader in half its sentences and sells in some is an advertisement
            // for something the story may be about (a course by the expert the story quotes): it is close
            // to the story, so it must not be kept as a weak shape is. Selling alone, below PROMO_SHARE,
            // does not mark a story, nor does talking to the reader alone.
            int selling = matching(PROMO, Shapes::sells, sentences, lower);
            if (sells(selling, n)) return PROMOTION_TO_READER_REASON + ": " + address + " of " + n
                    + " sentences talk to the reader, " + selling + " sell or solicit";
        }
        if (addresses(address, n)) return ADDRESS_REASON + ": " + address + " of " + n + " sentences";
        int stars = matching(HOROSCOPE, Shapes::horoscope, sentences, lower);
        if (horoscope(stars, n)) return HOROSCOPE_REASON + ": " + stars + " of " + n + " sentences";
        return null;
    }
}
