package dev.precis.clean;

import java.util.Optional;

/**
 * A stage that removes debris glued to the start of a real sentence ("WASHINGTON (AP) — ").
 * Runs before the line rules, which then see the rest of the line.
 */
public interface PrefixRule {
    /** What to cut: the first {@code length} characters of the line, and why. */
    record Cut(int length, String reason) {
    }

    String id();

    Optional<Cut> cut(String line);
}
