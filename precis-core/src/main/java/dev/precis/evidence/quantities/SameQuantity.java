package dev.precis.evidence.quantities;

import dev.precis.evidence.quantities.Quantities.Mention;
import dev.precis.represent.TermVectors;

import java.util.List;
import java.util.Set;

import static dev.precis.evidence.quantities.EventWords.EVENT_CLASS;
import static dev.precis.evidence.quantities.EventWords.context;

/**
 * Whether two mentions from different articles report one quantity, and how strongly. They count
 * the same thing (same unit class and noun family: "civilians" and "people" may be the same dead,
 * "children" and "people" are not; same scope: one event vs the overall toll; both main-clause or
 * both in a relative clause, "a strike that killed 20"), they name no conflicting specific places
 * (rare capitalised words) or days. Scope separates tolls only: "so far" elsewhere in a sentence does
 * not make a count of passengers cumulative.
 * <p>The event: the few words next to each number inside its clause ({@link EventWords#context}: "was
 * carrying about 250 passengers", "licensed for 280 passengers") say what happened to what is
 * counted. A count other than a toll (killed, injured, missing) needs the same event word by both
 * numbers, or, when either has none, sentences that align or share {@value #CONTEXT_SHARED}
 * terms; two different event words are two facts whatever else the sentences share.
 * <p>Values within a factor of {@value #MAX_RATIO} may be one fact; up to {@value #WIDE_RATIO}
 * ("about 200" and "more than 500" protesters) only for counts of people or known things (not
 * sums, percentages, rates or unknown nouns), with the same noun, sentences that share words, and
 * an event word of one class ("injured"/"wounded") or two shared words by both numbers.
 * Precision first: a generic unit, a percentage without "of whom", a count under {@value #SMALL},
 * or mismatched clause structure needs the sentences themselves to align; for a small toll, the same
 * day and the same named place stand in for that ("an explosion killed two ... in the city of Aleppo"
 * on Sunday, "a car bomb ... of Aleppo killed at least three people on Sunday"), where a sentence too
 * short to say when is about the day of the sentence before it ({@link SentenceDays}). Lengths compare
 * in metres, weights in kilograms, whatever unit they were written in.
 */
final class SameQuantity {
    /** Values further apart than this factor are different facts, not different reports of one. */
    static final double MAX_RATIO = 1.4;
    /** Counts below this are everywhere (two children, three strikes): they need aligned sentences. */
    static final double SMALL = 10;
    /** Cosine at which two sentences are clearly about the same thing. */
    static final double ALIGNED = 0.30;
    /** Shared non-number terms (the counted noun included) that other counts than deaths need. */
    static final int CONTEXT_SHARED = 3;
    /**
     * Values up to this factor apart may still be one fact reported very differently ("about 200"
     * and "more than 500" protesters), but only with the same counted noun and the same event
     * word next to both numbers ({@link EventWords#context}).
     */
    static final double WIDE_RATIO = 3.0;
    /** Counts of an unknown noun below this ("16-point margin") need aligned sentences, whatever their context. */
    static final double UNKNOWN_MIN = 100;

    private SameQuantity() {
    }

    /**
     * The cheap tests every scored pair passes: one unit and scope, one counted thing, positive values
     * within {@value #WIDE_RATIO} of each other. Most pairs of a big cluster fail them, so they run
     * before anything that reads the sentences.
     */
    static boolean comparable(Mention a, Mention b) {
        if (!a.unit().equals(b.unit())) return false;
        // the overall toll and one event's toll are two facts; "so far" elsewhere in a sentence does not
        // make a count of passengers or of dollars cumulative
        if (isToll(a.unit()) && a.scope() != b.scope()) return false;
        if (!sameCountedThing(a, b)) return false;
        if (a.value() <= 0 || b.value() <= 0) return false;
        return Math.max(a.value(), b.value()) / Math.min(a.value(), b.value()) < WIDE_RATIO;
    }

    /**
     * How strongly two mentions look like reports of one fact; 0 when they cannot be. {@code tied}: the two mentions are pinned to one quantity by {@link Ties} (the same
     * distance from the same named place; parallel sentences), which stands in for aligned sentences
     * and lets a sum or a distance differ up to {@value #WIDE_RATIO}.
     */
    static double score(Mention a, Mention b, Set<String> anchorsA, Set<String> anchorsB, String dayA, String dayB,
                        TermVectors v, List<Set<String>> contexts, int i, int j, boolean tied) {
        if (!comparable(a, b)) return 0;
        double ratio = Math.max(a.value(), b.value()) / Math.min(a.value(), b.value());
        if (placeOrDayDiffer(anchorsA, anchorsB, dayA, dayB)) return 0;
        boolean toll = isToll(a.unit());
        boolean sameNoun = a.noun().equals(b.noun()) || toll;
        boolean far = ratio > MAX_RATIO && !adjacentSmall(a, b);
        if (!tied && far && (!sameNoun || a.embedded() != b.embedded() || !a.known() || !wideUnit(a.unit())
                || Math.min(a.value(), b.value()) < SMALL)) return 0; // cheap tests before the contexts
        if (!Bounds.sameCurrency(a, b) || Bounds.partAndTotal(a, b)) return 0; // after the cheap tests: they read the sentences
        if (isToll(a.unit()) && Bounds.differentPlaces(a, b)) return 0;
        Set<String> ctxA = context(a, contexts, i), ctxB = context(b, contexts, j);
        boolean sameEvent = !disjoint(ctxA, ctxB);
        boolean otherEvent = !ctxA.isEmpty() && !ctxB.isEmpty() && !sameEvent;
        double cos = v.cosine(a.sentence().id(), b.sentence().id());
        if (tied) {
            double score = Math.max(cos, ALIGNED) + 0.2;
            if (a.qualifier() == b.qualifier()) score += 0.2;
            return Math.max(score - 0.1 * Math.log(ratio), 1e-6);
        }
        if (far) {
            // far apart: only counts of people or of known things (never sums, percentages, unknown
            // units or small counts), with the same noun, the same clause structure, sentences that
            // share words, and the same event by both numbers: a word of one event class ("injured",
            // "wounded") or two shared words ("gathered outside city hall")
            if (!sameNoun || a.embedded() != b.embedded() || !a.known() || !wideUnit(a.unit())
                    || Math.min(a.value(), b.value()) < SMALL) return 0;
            if (SharedWords.count(a.sentence(), b.sentence()) < 2) return 0;
            int shared = 0;
            boolean classed = false;
            for (String w : ctxA) {
                if (!ctxB.contains(w)) continue;
                shared++;
                classed |= EVENT_CLASS.containsValue(w);
            }
            if (!classed && shared < 2) return 0;
        }
        // the same noun and the same event word make an unknown unit ("42,000 fans" seated) comparable
        boolean eventMatch = sameEvent && sameNoun && Math.max(a.value(), b.value()) >= SMALL
                && (toll || !a.noun().isEmpty()) && !a.unit().startsWith("percent") && !a.unit().startsWith("money")
                && (a.known() || Math.min(a.value(), b.value()) >= UNKNOWN_MIN);
        boolean needsAlignment = !a.known() || a.embedded() != b.embedded()
                || Math.max(a.value(), b.value()) < SMALL
                || a.unit().equals("percent") && a.noun().isEmpty();
        if (needsAlignment && cos < ALIGNED && !(eventMatch && a.embedded() == b.embedded())
                && !(toll && !dayA.isEmpty() && dayA.equals(dayB) && Ties.samePlaceNamed(a, b))) return 0;
        // a sum or a share is rarely the same fact unless the sentences say the same thing
        if ((a.unit().startsWith("money") || a.unit().startsWith("percent")) && cos < ALIGNED) return 0;
        // a toll says what happened; any other count needs the same event word next to both numbers,
        // or (when either has none) a shared predicate or place; different event words
        // ("carrying 250 passengers", "licensed for 280 passengers") are different facts
        if (!toll) {
            if (otherEvent) return 0;
            if (!eventMatch && cos < ALIGNED && SharedWords.count(a.sentence(), b.sentence()) < CONTEXT_SHARED) return 0;
        }
        double score = cos;
        if (a.qualifier() == b.qualifier()) score += 0.2;
        if (!anchorsA.isEmpty() && !disjoint(anchorsA, anchorsB)) score += 0.2;
        if (sameEvent) score += 0.2;
        score -= 0.1 * Math.log(ratio);
        return Math.max(score, 1e-6);
    }

    /** The two sentences name specific places and none in common, or different days: two facts. */
    static boolean placeOrDayDiffer(Set<String> anchorsA, Set<String> anchorsB, String dayA, String dayB) {
        return !anchorsA.isEmpty() && !anchorsB.isEmpty() && disjoint(anchorsA, anchorsB)
                || !dayA.isEmpty() && !dayB.isEmpty() && !dayA.equals(dayB);
    }

    /**
     * Two small whole counts one apart ("killed two" and "killed at least three"): their ratio says
     * nothing about how far apart the reports are, so they are not held to {@value #MAX_RATIO}; being
     * small, they still need aligned sentences.
     */
    static boolean adjacentSmall(Mention a, Mention b) {
        double hi = Math.max(a.value(), b.value()), lo = Math.min(a.value(), b.value());
        return hi < SMALL && hi - lo == 1 && lo == Math.rint(lo) && hi == Math.rint(hi);
    }

    /** Units whose reports may differ by more than {@value #MAX_RATIO}: people and counted things, not sums, shares or measures. */
    private static boolean wideUnit(String unit) {
        return !unit.equals("money") && !unit.startsWith("percent") && !unit.endsWith(" per") && !unit.equals("distance")
                && !unit.equals("vote") && !unit.equals("ton") && !unit.equals("weight");
    }

    private static boolean isToll(String unit) {
        return unit.equals("deaths") || unit.equals("injured") || unit.equals("missing");
    }

    /**
     * People: the same noun, or both broad ("civilians" and "people" may count the same dead;
     * "children" and "people" do not). Percentages: of the same population ("percent of men"),
     * else their sentences must align.
     */
    private static boolean sameCountedThing(Mention a, Mention b) {
        if (a.unit().equals("people") || isToll(a.unit())) {
            return a.noun().equals(b.noun())
                    || Quantities.BROAD_PERSONS.contains(a.noun()) && Quantities.BROAD_PERSONS.contains(b.noun());
        }
        if (a.unit().equals("percent")) return a.noun().equals(b.noun());
        return true;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return false;
        return true;
    }
}
