package dev.precis.model;

import java.util.List;

/**
 * One quantity or claim that sources report differently.
 *
 * @param subject what is measured, in words ("people killed", "overall death toll", "date of the vote")
 * @param sides   one per distinct value, each with every article that gives it
 */
public record Disagreement(String subject, List<Side> sides) {
    public Disagreement {
        sides = List.copyOf(sides);
    }

    /**
     * One reported value and every article that reports it.
     *
     * @param value     the value as reported ("at least 34", "$450 million"); for a date, ISO
     *                  {@code 2025-03-04} when it resolves, else the wording ("on Tuesday")
     * @param wording   the exact wording in the first citing article
     * @param citations where each article gives this value (never empty), first one first; each
     *                  span is that article's own wording
     */
    public record Side(String value, String wording, List<Citation> citations) {
        public Side {
            citations = List.copyOf(citations);
            if (citations.isEmpty()) throw new IllegalArgumentException("a side needs at least one citation");
        }

        /** A side reported by one article. */
        public Side(String value, String wording, Citation citation) {
            this(value, wording, List.of(citation));
        }

        /** The first article that gives this value. */
        public Citation citation() {
            return citations.get(0);
        }
    }
}
