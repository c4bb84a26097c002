package dev.precis.model;

/** A piece of raw text the cleaner removed, with the rule that removed it. */
public record Drop(String text, String rule, String reason) {
    @Override
    public String toString() {
        return rule + ": " + reason + " | " + text;
    }
}
