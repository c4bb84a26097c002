package dev.precis.model;

import java.util.List;

/**
 * One quantity or claim that sources report differently.
 *
 * @param subject what is measured, in words ("killed", "lives since 2011")
 * @param sides   each distinct value with the articles that give it
 */
public record Disagreement(String subject, List<Side> sides) {
    public Disagreement {
        sides = List.copyOf(sides);
    }

    /** One reported value, its exact wording and where it is. */
    public record Side(String value, String wording, Citation citation) {
    }
}
