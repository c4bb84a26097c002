package dev.precis.evidence;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantity mentions: a number (digits or words, with "million"/"percent"), its qualifier ("at least",
 * "more than", "about") and what it counts, reduced to a class: {@code deaths} (people killed, lives
 * lost), {@code people}, or a unit such as {@code truck}, {@code strike}, {@code percent},
 * {@code money}. Dates, years, clock times and durations are not quantities here.
 */
final class Quantities {
    enum Qualifier { EXACT, LOWER, UPPER, APPROX }

    enum Scope { EVENT, OVERALL }

    /**
     * One mention. {@code start}/{@code end} are offsets of the whole phrase (qualifier to head) in
     * the article's cleaned text.
     */
    record Mention(Sentence sentence, double value, String number, Qualifier qualifier, String unit, String noun,
                   boolean known, Scope scope, boolean embedded, int start, int end, String wording) {
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
    private static final Set<String> NUMBER_WORDS = Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
            "sixty", "seventy", "eighty", "ninety", "dozen", "hundred");
    private static final Pattern WORD = Pattern.compile("\\G\\s*-?\\s*(?<w>[\\p{L}][\\p{L}'’]*)(?:-[\\p{L}]+)*");
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
    private static final Map<String, String> UNITS = new HashMap<>();
    private static final Set<String> PERSONS = Set.of(
            "people", "persons", "person", "civilians", "civilian", "residents", "children", "women", "men", "adults",
            "soldiers", "troops", "fighters", "rebels", "militants", "insurgents", "police", "officers", "policemen",
            "victims", "patients", "refugees", "migrants", "students", "workers", "employees", "staff", "passengers",
            "members", "individuals", "inhabitants", "protesters", "demonstrators", "prisoners", "detainees",
            "hostages", "journalists", "doctors", "nurses", "drivers", "volunteers", "firefighters", "americans",
            "citizens", "villagers", "pilgrims",
            "miners", "sailors", "crew", "tourists", "families", "babies", "infants", "teenagers",
            "boys", "girls", "guards", "personnel", "casualties");
    private static final Set<String> DEATH_NOUNS = Set.of("lives", "deaths", "dead", "fatalities", "bodies");
    private static final Set<String> DURATIONS = Set.of(
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
            "months", "year", "years", "decade", "decades", "century", "centuries", "night", "nights", "old",
            "time", "times", "am", "pm", "a.m", "p.m", "gmt", "o'clock");
    private static final Set<String> MODIFIERS = Set.of(
            "aid", "air", "government", "civilian", "more", "other", "new", "additional", "small", "large", "armed",
            "foreign", "local", "international", "military", "medical", "injured", "wounded", "innocent", "young",
            "elderly", "unarmed", "suspected", "alleged", "further", "separate", "different", "humanitarian",
            "relief", "food", "rebel", "pro-government", "opposition", "security", "million", "billion", "us",
            "u.s.", "american", "russian", "syrian", "british", "fresh", "heavy", "deadly", "fatal", "reported",
            "confirmed", "total", "estimated", "of");
    private static final Set<String> STOPS = Set.of(
            "were", "was", "are", "is", "have", "has", "had", "be", "been", "in", "on", "at", "to", "from", "for",
            "and", "or", "but", "with", "by", "as", "that", "which", "who", "the", "a", "an", "its", "their", "his",
            "her", "killed", "died", "including", "since", "after", "before", "during", "into", "while");

    static {
        for (String s : List.of("trucks", "truck", "lorries", "vehicles", "convoys")) UNITS.put(s, "truck");
        for (String s : List.of("strikes", "airstrikes", "raids", "attacks", "bombings", "sorties", "bombs", "missiles", "rockets", "shells", "explosions", "blasts"))
            UNITS.put(s, "strike");
        for (String s : List.of("homes", "houses", "buildings", "hospitals", "schools")) UNITS.put(s, "building");
        for (String s : List.of("votes", "ballots")) UNITS.put(s, "vote");
        for (String s : List.of("cases", "infections")) UNITS.put(s, "case");
        for (String s : List.of("arrests", "arrested")) UNITS.put(s, "arrest");
        for (String s : List.of("countries", "nations", "states")) UNITS.put(s, "country");
        for (String s : List.of("dollars", "euros", "pounds")) UNITS.put(s, "money");
        for (String s : List.of("tons", "tonnes")) UNITS.put(s, "ton");
        for (String s : List.of("miles", "kilometers", "kilometres", "km", "feet", "meters", "metres")) UNITS.put(s, "distance");
    }

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
                    if (head.duration) continue;
                    unit = head.unit;
                    known = head.known && !unit.equals("distance");
                    end = head.end;
                    noun = head.noun;
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

    private record Head(String unit, String noun, boolean known, boolean duration, int end) {
    }

    /** The counted noun after a number: up to four words, skipping modifiers ("18 aid trucks"). */
    private static Head head(String t, int from) {
        Matcher w = WORD.matcher(t);
        int pos = from;
        for (int k = 0; k < 4; k++) {
            w.region(pos, t.length());
            if (!w.lookingAt()) return null;
            String word = w.group("w").toLowerCase(Locale.ROOT);
            String full = t.substring(w.start("w"), w.end()).toLowerCase(Locale.ROOT);
            int end = w.end();
            if (k == 0 && full.contains("-")) word = full.substring(full.lastIndexOf('-') + 1); // "23-nation", "five-year"
            if (DURATIONS.contains(word)) return new Head("", word, false, true, end);
            if (DEATH_NOUNS.contains(word)) return new Head("deaths", word, true, false, end);
            boolean nationality = capital(t, w) && (word.endsWith("ans") || word.endsWith("is") || word.endsWith("ese"));
            if (nationality && k < 3) { // "153 Chinese passengers": the nationality qualifies the next noun
                w.region(end, t.length());
                if (w.lookingAt() && !Character.isUpperCase(t.charAt(w.start("w")))
                        && PERSONS.contains(w.group("w").toLowerCase(Locale.ROOT))) {
                    pos = end;
                    continue;
                }
                w.region(pos, t.length());
                w.lookingAt();
            }
            if (PERSONS.contains(word) || nationality) {
                return new Head("people", nationality ? "" : word, true, false, end); // "18 Syrians": broad
            }
            String unit = UNITS.get(word);
            if (unit != null) return new Head(unit, word, true, false, end);
            if (STOPS.contains(word)) return null;
            boolean capital = Character.isUpperCase(t.charAt(w.start("w")));
            if (MODIFIERS.contains(word) || (capital && k == 0 && word.endsWith("n"))) { // "Syrian", "Russian"
                pos = end;
                continue;
            }
            if (capital) return null; // "in Aleppo", a name: not a counted noun
            if (k < 3 && pluralNounNext(t, end)) { // "3,000 construction jobs", "2,000 rescue workers"
                pos = end;
                continue;
            }
            String stem = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                    : word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
            return new Head(stem, stem, false, false, end);
        }
        return null;
    }

    /** "three", "three-point", "twenty-five": a word that is or starts with a number. */
    static boolean isNumberWord(String w) {
        int dash = w.indexOf('-');
        return NUMBER_WORDS.contains(dash > 0 ? w.substring(0, dash) : w);
    }

    /** The next word is a lower-case plural noun or a known counted noun: the word before only qualifies it. */
    private static boolean pluralNounNext(String t, int from) {
        Matcher w = WORD.matcher(t);
        w.region(from, t.length());
        if (!w.lookingAt() || Character.isUpperCase(t.charAt(w.start("w")))) return false;
        String next = w.group("w").toLowerCase(Locale.ROOT);
        if (PERSONS.contains(next) || UNITS.containsKey(next)) return true;
        return next.length() > 3 && next.endsWith("s") && !next.endsWith("ss") && !next.endsWith("us")
                && !STOPS.contains(next) && !DURATIONS.contains(next) && !next.endsWith("ous");
    }

    private static boolean capital(String t, Matcher w) {
        return Character.isUpperCase(t.charAt(w.start("w")));
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

    static double value(String num, String scale) {
        String n = num.toLowerCase(Locale.ROOT).replace(",", "");
        double v;
        int dash = n.indexOf('-');
        if (dash > 0 && Character.isLetter(n.charAt(0))) { // "twenty-seven"
            double tens = value(n.substring(0, dash), null), ones = value(n.substring(dash + 1), null);
            if (Double.isNaN(tens) || Double.isNaN(ones)) return Double.NaN;
            return value(String.valueOf((long) (tens + ones)), scale);
        }
        switch (n) {
            case "one" -> v = 1;
            case "two" -> v = 2;
            case "three" -> v = 3;
            case "four" -> v = 4;
            case "five" -> v = 5;
            case "six" -> v = 6;
            case "seven" -> v = 7;
            case "eight" -> v = 8;
            case "nine" -> v = 9;
            case "ten" -> v = 10;
            case "eleven" -> v = 11;
            case "twelve", "dozen", "a dozen" -> v = 12;
            case "thirteen" -> v = 13;
            case "fourteen" -> v = 14;
            case "fifteen" -> v = 15;
            case "sixteen" -> v = 16;
            case "seventeen" -> v = 17;
            case "eighteen" -> v = 18;
            case "nineteen" -> v = 19;
            case "twenty" -> v = 20;
            case "two dozen" -> v = 24;
            case "thirty" -> v = 30;
            case "three dozen" -> v = 36;
            case "forty" -> v = 40;
            case "fifty" -> v = 50;
            case "sixty" -> v = 60;
            case "seventy" -> v = 70;
            case "eighty" -> v = 80;
            case "ninety" -> v = 90;
            case "hundred", "a hundred", "one hundred" -> v = 100;
            default -> {
                try {
                    v = Double.parseDouble(n);
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
            }
        }
        if (scale != null) {
            switch (scale.toLowerCase(Locale.ROOT)) {
                case "hundred" -> v *= 100;
                case "thousand" -> v *= 1_000;
                case "million" -> v *= 1_000_000;
                case "billion" -> v *= 1_000_000_000;
                case "trillion" -> v *= 1e12;
                default -> { }
            }
        }
        return v;
    }

    /** A word start holding a digit, a currency sign or a number word: the only places a number can begin. */
    private static boolean numberMayStart(String t, int i) {
        char c = t.charAt(i);
        if (i > 0) {
            char p = t.charAt(i - 1);
            if (Character.isLetterOrDigit(p) || p == '.' || p == ',' || p == ':' || p == '/') return false;
        }
        if (Character.isDigit(c)) return true;
        if (c == '$' || c == '£' || c == '€') return i + 1 < t.length();
        // number words start with one of these letters: two, four, six, eight, nine, hundred, dozen, a dozen, one
        if ("tfsenhdaoTFSENHDAO".indexOf(c) < 0) return false;
        int j = i;
        while (j < t.length() && j - i <= 9 && Character.isLetter(t.charAt(j))) j++;
        if (j - i > 9) return false;
        String w = t.substring(i, j).toLowerCase(Locale.ROOT);
        if (NUMBER_WORDS.contains(w)) return true;
        return w.equals("a") && (t.startsWith(" dozen", j) || t.startsWith(" hundred", j));
    }
}
