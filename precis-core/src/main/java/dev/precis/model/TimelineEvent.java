package dev.precis.model;

import java.time.LocalDate;

/**
 * A dated event. {@code date} is null when the mention is relative ("on Monday") and the article's
 * own date is unknown; {@code when} keeps the wording.
 */
public record TimelineEvent(LocalDate date, String when, String text, Citation citation) {
}
