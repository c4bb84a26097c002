package dev.precis.evidence.quantities;

import dev.precis.evidence.quantities.Quantities.Qualifier;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far another report of a figure may be from it and still agree ({@link Agreement#compatible}),
 * read once per mention: a pair test runs for every pair of comparable mentions of a cluster, and
 * reading the written figure again for each pair was most of a big cluster's comparison time.
 *
 * @param rounding  half the rounding unit of a round figure, at most {@value #ROUNDING_SHARE}
 *                  of it (0 when not round)
 * @param written   half the unit of the last digit written, at most {@value #WRITTEN_SHARE}
 *                  of the figure
 * @param basePer   base units (metres, kilograms) in one of the unit the figure was written in (1 for
 *                  anything but a length or a weight)
 * @param bound     the figure is a lower or upper bound ({@link Bounds#isBound})
 */
record Leeway(double rounding, double written, double basePer, boolean bound) {
    /** The largest share of a round figure that rounding may hide. */
    static final double ROUNDING_SHARE = 0.10;
    /** The largest share of a figure that the precision it is written with may hide ("about 2 million" holds 2.4 million). */
    static final double WRITTEN_SHARE = 0.25;
    private static final Pattern WRITTEN = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    static Leeway of(double value, String number, Qualifier qualifier, String noun, String wording) {
        double base = CountedNouns.basePer(noun);
        return new Leeway(rounding(value, base), writtenPrecision(value, number), base,
                Bounds.isBound(qualifier, wording, value));
    }

    /**
     * How far a round figure may be from the count it rounds: half its rounding unit, and never more
     * than {@value #ROUNDING_SHARE} of it ("more than 100" does not round "about 60").
     * A length or a weight is round in the unit it was written in: "about 90 miles", not 144,841 metres.
     */
    private static double rounding(double value, double basePer) {
        double v = Math.round(value / basePer * 1e6) / 1e6;
        return Math.min(roundingUnit(v) / 2, ROUNDING_SHARE * v) * basePer;
    }

    /** The place of a round number's last significant digit (100,000 for 300,000); 0 when not round. */
    private static double roundingUnit(double v) {
        if (v < 100 || v != Math.rint(v) || v > 1e15) return 0;
        long x = (long) v, unit = 1;
        while (x % (unit * 10) == 0 && unit * 10 <= x) unit *= 10;
        return unit >= 100 ? unit : 0;
    }

    /** Half the unit of the last digit written: 0.5 for "21%", $50 million for "$1.2 billion". */
    private static double writtenPrecision(double value, String number) {
        Matcher d = WRITTEN.matcher(number);
        if (!d.find()) return 0;
        double written;
        try {
            written = Double.parseDouble(d.group().replace(",", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
        if (written <= 0) return 0;
        int decimals = d.group().contains(".") ? d.group().length() - d.group().indexOf('.') - 1 : 0;
        // "about $1 million" is not "$500,000" rounded: a written figure hides at most a quarter of itself
        return Math.min(0.5 * Math.pow(10, -decimals) * (value / written), WRITTEN_SHARE * value);
    }
}
