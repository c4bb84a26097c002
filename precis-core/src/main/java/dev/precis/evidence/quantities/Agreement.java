package dev.precis.evidence.quantities;

import dev.precis.evidence.quantities.Quantities.Mention;

import java.util.List;
import java.util.Map;

/**
 * When two different figures for one quantity are no conflict: the same value, one rounds the other,
 * the other lies within the precision the first is written with, a length converted from another
 * unit, two bounds of one direction, or a bound that holds the other value ({@link Bounds#holds}).
 * How far each figure may be off is read once per mention ({@link Leeway}).
 */
final class Agreement {
    /** Lengths written in two units may differ by this share: one was converted from the other and rounded. */
    static final double CONVERTED_SHARE = 0.001;

    private Agreement() {
    }

    /**
     * Same value, or one is a round figure (at least 100, a multiple of 100) that the other rounds
     * to: "300,000" and "312,000", "$1 billion" and "$1.09 billion", "more than 5,000" and
     * "about 5,200" agree; "300,000" and "400,000", "2,000" and "2,500" do not. Qualifiers never
     * make two different precise counts agree: "at least 12" and "at least 16" are two tolls.
     */
    static boolean compatible(Mention a, Mention b) {
        if (a.value() == b.value()) return true;
        double diff = Math.abs(a.value() - b.value());
        Leeway la = a.leeway(), lb = b.leeway();
        if (diff < la.rounding() || diff < lb.rounding()) return true;
        if (diff <= la.written() || diff <= lb.written()) return true; // "21%" and "21.3%"
        if (la.basePer() != lb.basePer() && diff <= CONVERTED_SHARE * Math.max(a.value(), b.value())) return true; // "8,027 meters (26,330 feet)"
        if (a.qualifier() == b.qualifier() && la.bound() && lb.bound()) return true; // two lower (or upper) bounds never clash
        return Bounds.holds(a, b) || Bounds.holds(b, a);
    }

    /**
     * The sentence of mention {@code i} gives, besides it, another figure of the same unit that agrees
     * with mention {@code j}: "the 1899 heist — $30,000 ... — matches the coins found, which were nearly
     * $30,000" against "$27,000" is no clash.
     */
    static boolean agreesElsewhere(List<Mention> mentions, Map<Integer, List<Integer>> bySentence, int i, int j) {
        Mention a = mentions.get(i), b = mentions.get(j);
        if (compatible(a, b)) return false;
        for (int k : bySentence.get(a.sentence().id())) {
            Mention o = mentions.get(k);
            if (k != i && o.unit().equals(b.unit()) && compatible(o, b)) return true;
        }
        return false;
    }
}
