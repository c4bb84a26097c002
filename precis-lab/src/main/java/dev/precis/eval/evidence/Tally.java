package dev.precis.eval.evidence;

/** Hits out of a total, reported as a share. */
final class Tally {
    int hits;
    int total;

    void add(boolean hit) {
        total++;
        if (hit) hits++;
    }

    double share() {
        return total == 0 ? Double.NaN : (double) hits / total;
    }

    @Override
    public String toString() {
        return String.format("%.3f (%d/%d)", share(), hits, total);
    }
}
