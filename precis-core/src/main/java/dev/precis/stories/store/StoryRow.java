package dev.precis.stories.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A story as listed: its size, span and a headline (the first article's title, else the start of its text).
 *
 * @param mergedInto the story this one was folded into, or -1
 */
public record StoryRow(long id, int articles, long firstSeq, long lastSeq, LocalDate firstDate, LocalDate lastDate,
                       LocalDateTime updatedAt, long mergedInto, String headline) {
}
