package dev.precis.evidence.quantities;

import dev.precis.model.Sentence;

import java.util.HashSet;
import java.util.Set;

/**
 * How many words (stemmed terms without a digit) two sentences share: the cheap sign that two reports
 * of a figure, a range, an ordinal or a year are about the same thing. Figures are left out, as the
 * figures are what the reports may differ in.
 */
public final class SharedWords {
    private SharedWords() {
    }

    /** Distinct terms of {@code a} without a digit that {@code b} also holds. */
    public static int count(Sentence a, Sentence b) {
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (String t : a.terms()) {
            if (!seen.add(t) || t.chars().anyMatch(Character::isDigit)) continue;
            if (b.terms().contains(t)) n++;
        }
        return n;
    }
}
