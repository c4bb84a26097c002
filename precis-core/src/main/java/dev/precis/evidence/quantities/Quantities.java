package dev.precis.evidence.quantities;

import dev.precis.evidence.quantities.CountedNouns.Head;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.quantities.CountedNouns.head;
import static dev.precis.evidence.quantities.NumberWords.nextNumberStart;
import static dev.precis.evidence.quantities.NumberWords.value;

/**
 * Quantity mentions: a number (digits or words, with "million"/"percent"), its qualifier ("at least",
 * "more than", "about") and what it counts, reduced to a class: {@code deaths} (people killed, lives
 * lost), {@code people}, or a unit such as {@code truck}, {@code strike}, {@code percent},
 * {@code money}. Dates, years, clock times and durations are not quantities here.
 * <p>
 * This class finds the mentions; {@link NumberWords} reads a number's value and {@link CountedNouns}
 * the noun it counts.
 */
public final class Quantities {
    enum Qualifier { EXACT, LOWER, UPPER, APPROX }

    enum Scope { EVENT, OVERALL }

    /**
     * One mention. {@code start}/{@code end} are offsets of the whole phrase (qualifier to head) in
     * the article's cleaned text; {@code value} of a length is in metres, of a weight in kilograms
     * ({@code noun} is the unit it was written in).
     */
    record Mention(Sentence sentence, double value, String number, Qualifier qualifier, String unit, String noun,
                   boolean known, Scope scope, boolean embedded, int start, int end, String wording, Leeway leeway) {
        Mention(Sentence sentence, double value, String number, Qualifier qualifier, String unit, String noun,
                boolean known, Scope scope, boolean embedded, int start, int end, String wording) {
            this(sentence, value, number, qualifier, unit, noun, known, scope, embedded, start, end, wording,
                    Leeway.of(value, number, qualifier, noun, wording));
        }

        /** The value in the unit it was written in: a length is kept in metres, "about 90 miles" is round in miles. */
        double written() {
            return value / CountedNouns.basePer(noun);
        }

        /** The sentence's text after the phrase: where a place, a breakdown or a reference point follows the figure. */
        String after() {
            String t = sentence.text();
            return t.substring(Math.max(0, Math.min(t.length(), end - sentence.start())));
        }
    }

    /** Longer forms first ("two dozen" before "two"); a bare "one" is rarely a count ("one of them"). */
    private static final String WORD_NUMBERS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|"
            + "a hundred|one hundred|a dozen|two dozen|three dozen|dozen|hundred|"
            + "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety";
    /** A number at a known start: digits (with thousands commas, decimals) or number words, scale, percent. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<cur>[$£€]\\s?)?"
                    + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d:/])|\\d+(?:\\.\\d+)?(?![\\d:/,]\\d)(?![\\d:/])|(?:"
                    + WORD_NUMBERS + ")\\b)"
                    + "(?:\\s+(?<scale>million|billion|trillion|thousand|hundred)\\b)?"
                    + "(?<pct>\\s?%|\\s+percent\\b|\\s+per cent\\b)?",
            Pattern.CASE_INSENSITIVE);
    /** The qualifier just before a number: "at least", "more than", "about". */
    private static final Pattern QUALIFIER = Pattern.compile(
            "\\b(?:at least|more than|over|about|around|approximately|nearly|almost|some|roughly|up to|"
                    + "fewer than|less than|as many as|an estimated|estimated|upwards of|close to|at most|"
                    + "no fewer than|no less than|well over|just over|just under|under)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** Another number right before ("33 to 38 percent", "$300-$400", "20 or 30"): a range, not a count. */
    private static final Pattern RANGE_BEFORE = Pattern.compile(
            "(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten))[%\\s]*(?:-|–|—|to|or|and)\\s*[$£€]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_AFTER = Pattern.compile(
            "^\\s*(?:-|–|—|to|or)\\s*[$£€]?(?:\\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "percent of men": the population a percentage is of. */
    private static final Pattern PERCENT_OF = Pattern.compile("^\\s+of\\s+(?:the\\s+|all\\s+|its\\s+|their\\s+)?(?<w>\\p{L}+)");
    /** Increments and rates are not totals: "12 more people", "another four", "five children per woman". */
    private static final Pattern INCREMENT_BEFORE = Pattern.compile("\\b(?:another|an additional|additional|an extra)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INCREMENT_AFTER = Pattern.compile("^\\s+(?:more|additional|extra|other|others|new)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATE_AFTER = Pattern.compile("^\\s*(?:per|a|an|each)\\s+(?:day|week|month|year|hour|minute|second|person|capita|woman|man|head|household)\\b|^\\s*per\\b", Pattern.CASE_INSENSITIVE);
    /** Person nouns that cover everyone counted; any other ("children", "troops") is a subgroup. */
    static final Set<String> BROAD_PERSONS = Set.of(
            "people", "persons", "person", "civilians", "civilian", "individuals", "residents", "inhabitants",
            "victims", "lives", "deaths", "dead", "fatalities", "casualties", "bodies", "", "citizens");
    private static final Pattern DEATH = Pattern.compile(
            "\\b(?:kill(?:ed|ing|s)?|died|dies|dead|deaths?|perished|lives|death toll|toll)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OVERALL = Pattern.compile(
            "\\b(?:since (?:19|20)\\d\\d|(?:civil )?war\\b|conflict\\b|in total|overall|so far|to date|"
                    + "since the (?:start|beginning|outbreak))", Pattern.CASE_INSENSITIVE);
    /** A relative clause with its verb right after the pronoun: "a strike that killed 20", "which destroyed 18". */
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:that|which|who)\\s+(?:(?:has|have|had|also|reportedly)\\s+)?(?:\\p{L}+ed|left|hit|struck|took|kills|leaves)\\b[^,.;:]{0,40}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                    + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");

    private static final Pattern KILLED_BEFORE = Pattern.compile(
            "\\b(?:killed|killing|kills|kill)\\s+(?:(?:at least|more than|about|some|nearly|almost|around|over|an estimated)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INJURED_BEFORE = Pattern.compile(
            "\\b(?:injured|injuring|injures|wounded|wounding|hurt)\\s+(?:(?:at least|more than|about|some|nearly|almost|around|over|an estimated)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INJURY = Pattern.compile(
            "\\b(?:injur(?:ed|ing|ies|y)|wounded|wounding|hurt|hospitali[sz]ed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MISSING = Pattern.compile(
            "\\b(?:missing|unaccounted for)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*$");
    private static final Pattern MONTH_AFTER = Pattern.compile("^(?:st|nd|rd|th)?,?\\s+" + MONTH.pattern());
    private static final Pattern ORDINAL = Pattern.compile("^(?:st|nd|rd|th)\\b");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final Pattern CLOCK = Pattern.compile(
            "^\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|GMT|BST|ET\\b|EST\\b|EDT\\b|PT\\b|PST\\b|PDT\\b|hrs\\b)", Pattern.CASE_INSENSITIVE);

    private Quantities() {
    }

    static List<Mention> find(ClusterText text) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) find(s, out);
        return out;
    }

    static void find(Sentence s, List<Mention> out) {
        String t = s.text();
        Matcher m = NUMBER.matcher(t);
        Matcher qm = QUALIFIER.matcher(t).useTransparentBounds(true);
        int len = t.length();
        Scope scope = null;
        // the scan to the next possible start is a loop of its own: over a long sentence this loop would
        // otherwise be compiled twice, on stack and whole, each time with the matching and the mention inlined
        for (int i = nextNumberStart(t, 0); i < len; i = nextNumberStart(t, i + 1)) {
            m.region(i, len);
            if (!m.lookingAt()) continue;
            // whether the sentence speaks of an overall toll is the sentence's, not the mention's
            if (scope == null) scope = OVERALL.matcher(t).find() ? Scope.OVERALL : Scope.EVENT;
            Mention found = mention(s, m, qm, i, scope);
            if (found != null) out.add(found);
            i = Math.max(i, m.end() - 1);
        }
    }

    /** The mention whose number {@code m} matched at {@code at}; null when it is a range, an increment, a date or counts nothing. */
    private static Mention mention(Sentence s, Matcher m, Matcher qm, int at, Scope scope) {
        String t = s.text();
        int len = t.length(), mentionStart = at;
        String qual = null;
        qm.region(Math.max(0, at - 24), at);
        if (qm.find()) {
            qual = t.substring(qm.start(), at);
            mentionStart = qm.start();
        }
        String num = m.group("num");
        String before20 = t.substring(Math.max(0, at - 20), at);
        String after20 = t.substring(m.end(), Math.min(len, m.end() + 24));
        if (rangeOrIncrement(before20, after20)) return null;
        if (isDateOrTime(t, m.start("num"), m.end("num"), num) && m.group("pct") == null && m.group("cur") == null) return null;
        double value = value(num, m.group("scale"));
        if (Double.isNaN(value)) return null;
        Counted c = counted(t, m, mentionStart, after20);
        if (c == null) return null;
        value *= c.basePer(); // lengths in metres, weights in kilograms, whatever unit they were written in
        int end = c.end();
        String unit = c.unit();
        // a rate ("$75,000 a year", "five children per woman") only compares with rates
        if (RATE_AFTER.matcher(t.substring(end, Math.min(len, end + 16))).find()) unit = unit + " per";
        if (unit.equals("people")) {
            String outcome = outcome(t, mentionStart, end, 70);
            if (outcome != null) unit = outcome;
        }
        int start = mentionStart;
        boolean embedded = RELATIVE.matcher(t.substring(Math.max(0, start - 60), start)).find();
        String numberText = (qual == null ? "" : qual.toLowerCase(Locale.ROOT))
                + (m.group("cur") == null ? "" : m.group("cur").strip())
                + num + (m.group("scale") == null ? "" : " " + m.group("scale"))
                + (m.group("pct") == null ? "" : "%");
        return new Mention(s, value, numberText.strip(), qualifier(qual), unit, c.noun(), c.known(), scope, embedded,
                s.start() + start, s.start() + end, t.substring(start, end));
    }

    /** "(2", "33 to 38", "another four", "12 more": not a count of its own. */
    private static boolean rangeOrIncrement(String before20, String after20) {
        return before20.stripTrailing().endsWith("(") || RANGE_BEFORE.matcher(before20).find()
                || RANGE_AFTER.matcher(after20).find() || INCREMENT_BEFORE.matcher(before20).find()
                || INCREMENT_AFTER.matcher(after20).find();
    }

    /** What a number counts, where its phrase ends, whether the unit is a known one, and base units in one of it (1 but for a length or a weight). */
    private record Counted(String unit, String noun, boolean known, int end, double basePer) {
    }

    /** What the number {@code m} matched counts; null for a duration or when nothing is counted. */
    private static Counted counted(String t, Matcher m, int mentionStart, String after20) {
        if (m.group("pct") != null) {
            Matcher of = PERCENT_OF.matcher(after20);
            return new Counted("percent", of.find() ? of.group("w").toLowerCase(Locale.ROOT) : "", true, m.end(), 1);
        }
        if (m.group("cur") != null) return new Counted("money", "", true, m.end(), 1);
        Head head = head(t, m.end());
        if (head == null) {
            // "Another four were killed", "injured more than 200,": no noun, but a predicate next to it
            String outcome = outcome(t, mentionStart, m.end(), 24);
            return outcome == null ? null : new Counted(outcome, "", true, m.end(), 1);
        }
        if (head.duration()) return null;
        return new Counted(head.unit(), head.noun(), head.known() && !head.unit().equals("distance"), head.end(),
                CountedNouns.basePer(head.noun()));
    }

    /**
     * What happened to the people counted: "deaths", "injured" or "missing" from the verb right before the
     * number ("killed at least 16"), else the nearest such word after it within {@code window}
     * characters ("12 civilians ... were killed"); null when neither.
     */
    private static String outcome(String t, int start, int end, int window) {
        String before = t.substring(Math.max(0, start - 30), start);
        if (KILLED_BEFORE.matcher(before).find()) return "deaths";
        if (INJURED_BEFORE.matcher(before).find()) return "injured";
        String after = t.substring(end, Math.min(t.length(), end + window));
        Matcher d = DEATH.matcher(after), i = INJURY.matcher(after), x = MISSING.matcher(after);
        int dAt = d.find() ? d.start() : Integer.MAX_VALUE, iAt = i.find() ? i.start() : Integer.MAX_VALUE;
        int xAt = x.find() ? x.start() : Integer.MAX_VALUE;
        if (dAt == Integer.MAX_VALUE && iAt == Integer.MAX_VALUE && xAt == Integer.MAX_VALUE) return null;
        if (xAt < dAt && xAt < iAt) return "missing";
        return dAt < iAt ? "deaths" : "injured";
    }

    private static boolean isDateOrTime(String t, int start, int end, String num) {
        if (!Character.isDigit(num.charAt(0))) return false;
        String before = t.substring(Math.max(0, start - 12), start);
        String after = t.substring(end, Math.min(t.length(), end + 12));
        if (MONTH_BEFORE.matcher(before).find()) return true;
        if (MONTH_AFTER.matcher(after).find() || ORDINAL.matcher(after).find() || CLOCK.matcher(after).find()) return true;
        if (YEAR.matcher(num).matches()) return true;
        return false;
    }

    private static Qualifier qualifier(String q) {
        if (q == null) return Qualifier.EXACT;
        String s = q.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "at least", "more than", "over", "upwards of", "no fewer than", "no less than", "well over", "just over" -> Qualifier.LOWER;
            case "nearly", "almost", "up to", "fewer than", "less than", "at most", "just under", "under", "as many as", "close to" -> Qualifier.UPPER;
            default -> Qualifier.APPROX;
        };
    }

}
