package dev.precis.evidence.quantities;

import dev.precis.evidence.quantities.Quantities.Mention;
import dev.precis.evidence.quantities.Quantities.Qualifier;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two reports of one quantity do not clash although their numbers differ: a bound and a value
 * within the bound's next step ("more than 300,000" holds 312,000 but not 400,000; "more than $26
 * million" holds $26.6 million), the same sum in two currencies, a total broken down ("20 dead,
 * including the three gunmen") against a count of its part.
 */
public final class Bounds {
    /** "..., including the three gunmen": a total and the part of it that another count may leave out. */
    private static final Pattern BREAKDOWN = Pattern.compile(
            "^[^.;]{0,60}?\\b(?:including|includes|in addition to|plus)\\s+(?:the\\s+)?(?<k>\\d+|[a-z]+)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A bound reaches at least this share of itself past it, whatever its leading digit. */
    static final double BOUND_SHARE = 0.25;

    private Bounds() {
    }

    /**
     * {@code bound} is a lower or upper bound that {@code value} falls within, up to the bound's next
     * step or {@value #BOUND_SHARE} of the bound, whichever is further.
     */
    static boolean holds(Mention bound, Mention value) {
        if (!isBound(bound)) return false;
        double x = bound.value(), v = value.value(), step = step(x);
        double reach = Math.max(step, BOUND_SHARE * x); // "more than 7,500" holds 9,000; "more than 300,000" not 400,000
        if (bound.qualifier() == Qualifier.LOWER) return v >= x && v < x + reach;
        if (bound.qualifier() == Qualifier.UPPER) return v <= x && v > x - reach;
        return false;
    }

    /** The magnitude of a figure's leading digit: 100,000 for 300,000, 10 for 12, 10 million for $26 million. */
    private static double step(double x) {
        return x <= 0 ? 0 : Math.pow(10, Math.floor(Math.log10(x)));
    }

    /** False only when both name a currency and they differ ("896 million pounds", "$1.2 billion"). */
    static boolean sameCurrency(Mention a, Mention b) {
        String ca = currency(a.wording()), cb = currency(b.wording());
        return ca.isEmpty() || cb.isEmpty() || ca.equals(cb);
    }

    private static String currency(String wording) {
        String w = wording.toLowerCase(Locale.ROOT);
        if (w.contains("£") || w.contains("pound") || w.contains("sterling")) return "gbp";
        if (w.contains("€") || w.contains("euro")) return "eur";
        if (w.contains("$") || w.contains("dollar")) return "usd";
        if (w.contains("yen")) return "jpy";
        if (w.contains("yuan")) return "cny";
        return "";
    }

    /** "104 people were killed Monday in Homs": the place a count is given for, in its own clause. */
    private static final Pattern PLACED = Pattern.compile("^[^,;:.()—–]{0,40}?\\bin\\s+(?:the\\s+)?(?<p>\\p{Lu}[\\p{L}'’-]+)");
    /** "125 people had died across Syria": a count over a whole country or region. */
    private static final Pattern ACROSS = Pattern.compile(
            "\\b(?:across|throughout|nationwide|all over|around the country|in all of)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A count given for one place against a count for another place, or against a count "across"
     * the country: a part and its total, or two parts.
     */
    static boolean differentPlaces(Mention a, Mention b) {
        String pa = placed(a), pb = placed(b);
        if (pa != null && pb != null) return !pa.equals(pb);
        if (pa != null) return ACROSS.matcher(b.sentence().text()).find() && !ACROSS.matcher(a.sentence().text()).find();
        if (pb != null) return ACROSS.matcher(a.sentence().text()).find() && !ACROSS.matcher(b.sentence().text()).find();
        return false;
    }

    private static String placed(Mention m) {
        Matcher p = PLACED.matcher(m.after());
        return p.find() ? p.group("p").toLowerCase(Locale.ROOT) : null;
    }

    /** One count is the other's total with a named part added: "17 killed" and "20 dead, including the three gunmen". */
    static boolean partAndTotal(Mention a, Mention b) {
        return a.value() - included(a) == b.value() || b.value() - included(b) == a.value();
    }

    private static double included(Mention m) {
        Matcher k = BREAKDOWN.matcher(m.after());
        if (!k.find()) return Double.NaN;
        String w = k.group("k").toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) return Double.parseDouble(w);
        return NumberWords.isNumberWord(w) ? NumberWords.value(w, null) : Double.NaN;
    }

    /**
     * "more than 8,000", "over 130": a bound. "at least 16" on a figure that is not round is a count
     * as reported (a monitor's toll), and clashes with another count like any exact figure.
     */
    static boolean isBound(Mention m) {
        return m.leeway().bound();
    }

    /** {@link #isBound} of a mention's parts, for its {@link Leeway}. */
    static boolean isBound(Qualifier qualifier, String wording, double value) {
        if (qualifier != Qualifier.LOWER && qualifier != Qualifier.UPPER) return false;
        boolean atLeast = wording.toLowerCase(Locale.ROOT).startsWith("at least");
        return !atLeast || value >= 100 && value % 100 == 0;
    }
}
