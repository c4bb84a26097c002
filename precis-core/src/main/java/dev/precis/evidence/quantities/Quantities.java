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
import static dev.precis.evidence.quantities.NumberWords.numberMayStart;
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
     * the article's cleaned text; {@code value} of a length is in metres ({@code noun} is the unit
     * it was written in).
     */
    record Mention(Sentence sentence, double value, String number, Qualifier qualifier, String unit, String noun,
                   boolean known, Scope scope, boolean embedded, int start, int end, String wording) {
        /** The value in the unit it was written in: a length is kept in metres, "about 90 miles" is round in miles. */
        double written() {
            return value / CountedNouns.metresPer(noun);
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
        for (int i = 0; i < len; i++) {
            if (!numberMayStart(t, i)) continue;
            m.region(i, len);
            if (!m.lookingAt()) continue;
            int at = i, mentionStart = i;
            String qual = null;
            qm.region(Math.max(0, i - 24), i);
            if (qm.find()) {
                qual = t.substring(qm.start(), i);
                mentionStart = qm.start();
            }
            i = Math.max(i, m.end() - 1);
            String num = m.group("num");
            int numStart = m.start("num"), numEnd = m.end("num");
            String before20 = t.substring(Math.max(0, at - 20), at);
            String after20 = t.substring(m.end(), Math.min(len, m.end() + 24));
            if (before20.stripTrailing().endsWith("(") || RANGE_BEFORE.matcher(before20).find()
                    || RANGE_AFTER.matcher(after20).find() || INCREMENT_BEFORE.matcher(before20).find()
                    || INCREMENT_AFTER.matcher(after20).find()) continue;
            if (isDateOrTime(t, numStart, numEnd, num) && m.group("pct") == null && m.group("cur") == null) continue;
            double value = value(num, m.group("scale"));
            if (Double.isNaN(value)) continue;
            // "a dozen" families is fine, but "one" alone ("one of the messages") is not a count
            String unit;
            String noun = "";
            boolean known;
            int end = m.end();
            if (m.group("pct") != null) {
                unit = "percent";
                known = true;
                Matcher of = PERCENT_OF.matcher(after20);
                if (of.find()) noun = of.group("w").toLowerCase(Locale.ROOT);
            } else if (m.group("cur") != null) {
                unit = "money";
                known = true;
            } else {
                Head head = head(t, end);
                if (head == null) {
                    // "Another four were killed", "injured more than 200,": no noun, but a predicate next to it
                    String outcome = outcome(t, mentionStart, end, 24);
                    if (outcome == null) continue;
                    unit = outcome;
                    known = true;
                } else {
                    if (head.duration()) continue;
                    unit = head.unit();
                    known = head.known() && !unit.equals("distance");
                    end = head.end();
                    noun = head.noun();
                    value *= CountedNouns.metresPer(noun); // lengths in metres, whatever unit they were written in
                }
            }
            // a rate ("$75,000 a year", "five children per woman") only compares with rates
            if (RATE_AFTER.matcher(t.substring(end, Math.min(len, end + 16))).find()) unit = unit + " per";
            if (unit.equals("people")) {
                String outcome = outcome(t, mentionStart, end, 70);
                if (outcome != null) unit = outcome;
            }
            int start = mentionStart;
            Qualifier q = qualifier(qual);
            Scope scope = OVERALL.matcher(t).find() ? Scope.OVERALL : Scope.EVENT;
            boolean embedded = RELATIVE.matcher(t.substring(Math.max(0, start - 60), start)).find();
            String numberText = (qual == null ? "" : qual.toLowerCase(Locale.ROOT))
                    + (m.group("cur") == null ? "" : m.group("cur").strip())
                    + num + (m.group("scale") == null ? "" : " " + m.group("scale"))
                    + (m.group("pct") == null ? "" : "%");
            out.add(new Mention(s, value, numberText.strip(), q, unit, noun, known, scope, embedded,
                    s.start() + start, s.start() + end, t.substring(start, end)));
        }
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
        if (num.matches("(?:1[89]|20)\\d\\d")) return true; // a year
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
