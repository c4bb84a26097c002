package dev.precis.evidence.quantities;

import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of a length or a weight that two articles end differently: "between 2 meters (6.5 ft) and
 * 16 meters (52 ft) in size" against "ranged from 2m to 15m (6.5ft to 50ft) in size". The ranges of
 * {@link Quantities} are no mentions (neither end is a count of its own); here the two ends are read
 * together, and two ranges of one measure whose sentences share {@value SameQuantity#CONTEXT_SHARED}
 * terms, one end alike and the other not, give one range two ways. Inside a range whose two ends name
 * one unit, "m" and "ft" are metres and feet ("2m" alone is as often millions).
 */
final class Ranges {
    private static final String NUM = "\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String UNIT = "[a-zA-Z]+";
    /** "between 2 meters (6.5 ft) and 16 meters", "from 2m to 15m": a range opened by its word. */
    private static final Pattern RANGE = Pattern.compile(
            "(?:between|from)\\s+(?<lo>" + NUM + ")(?:\\s*-?\\s*(?<u1>" + UNIT + "))?(?:\\s*\\([^()]{1,30}\\))?"
                    + "\\s+(?:and|to)\\s+(?<hi>" + NUM + ")\\s*-?\\s*(?<u2>" + UNIT + ")\\b");
    private static final String[] OPENERS = {"between ", "from "};
    /** Lengths written short, read as lengths only inside a range. */
    private static final Map<String, Double> SHORT_LENGTHS = Map.of("m", 1.0, "ft", 0.3048);
    /** Two ends within this share of each other are the same end: one was converted and rounded ("6.5 ft" for 2 m). */
    static final double SAME_END = 0.02;
    /** Two ends further apart than this share are different ends. */
    static final double OTHER_END = 0.05;

    private Ranges() {
    }

    /** A range as written: its ends in base units, the measure they are of, where it stands. */
    private record Range(Sentence sentence, double lo, double hi, String measure, String loText, String hiText,
                         int start, int end) {
    }

    static List<Disagreement> find(ClusterText text) {
        List<Range> ranges = new ArrayList<>();
        for (Sentence s : text.sentences()) read(s, ranges);
        if (ranges.size() < 2) return List.of();
        List<Disagreement> out = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                Range a = ranges.get(i), b = ranges.get(j);
                if (a.sentence().article() == b.sentence().article() || !a.measure().equals(b.measure())) continue;
                if (SharedWords.count(a.sentence(), b.sentence()) < SameQuantity.CONTEXT_SHARED) continue;
                boolean lowAlike = same(a.lo(), b.lo()), highAlike = same(a.hi(), b.hi());
                if (lowAlike && other(a.hi(), b.hi())) {
                    out.add(WrittenEnds.disagreement("upper end of a range", side(a, a.hi(), a.hiText(), text), side(b, b.hi(), b.hiText(), text)));
                } else if (highAlike && other(a.lo(), b.lo())) {
                    out.add(WrittenEnds.disagreement("lower end of a range", side(a, a.lo(), a.loText(), text), side(b, b.lo(), b.loText(), text)));
                }
            }
        }
        return out;
    }

    /** The regex runs only where "between " or "from " stands before a digit, which few sentences hold. */
    private static void read(Sentence s, List<Range> out) {
        String t = s.text();
        Matcher m = null;
        for (String opener : OPENERS) {
            for (int at = t.indexOf(opener); at >= 0; at = t.indexOf(opener, at + 1)) {
                int next = at + opener.length();
                if (next >= t.length() || !Character.isDigit(t.charAt(next))) continue;
                if (at > 0 && Character.isLetter(t.charAt(at - 1))) continue;
                if (m == null) m = RANGE.matcher(t);
                if (m.region(at, t.length()).lookingAt()) add(s, m, out);
            }
        }
    }

    private static void add(Sentence s, Matcher m, List<Range> out) {
        String t = s.text();
        String u2 = m.group("u2").toLowerCase(Locale.ROOT);
        String u1 = m.group("u1") == null ? u2 : m.group("u1").toLowerCase(Locale.ROOT);
        String measure = measureOf(u2);
        if (measure == null || !measure.equals(measureOf(u1))) return;
        double lo = value(m.group("lo")) * basePer(u1), hi = value(m.group("hi")) * basePer(u2);
        if (!(lo < hi)) return;
        String loText = m.group("u1") == null ? m.group("lo") : t.substring(m.start("lo"), m.end("u1"));
        out.add(new Range(s, lo, hi, measure, loText, t.substring(m.start("hi"), m.end("u2")),
                s.start() + m.start(), s.start() + m.end()));
    }

    /** "length", "weight", or null for any other word. */
    private static String measureOf(String unit) {
        if (SHORT_LENGTHS.containsKey(unit)) return "length";
        return CountedNouns.measureOf(unit);
    }

    private static double basePer(String unit) {
        Double metres = SHORT_LENGTHS.get(unit);
        return metres != null ? metres : CountedNouns.basePer(unit);
    }

    private static double value(String number) {
        return Double.parseDouble(number.replace(",", ""));
    }

    private static boolean same(double x, double y) {
        return Math.abs(x - y) <= SAME_END * Math.max(x, y);
    }

    private static boolean other(double x, double y) {
        return Math.abs(x - y) > OTHER_END * Math.max(x, y);
    }

    private static WrittenEnds side(Range r, double value, String written, ClusterText text) {
        return WrittenEnds.of(value, written, r.sentence().article(), r.start(), r.end(), text);
    }
}
