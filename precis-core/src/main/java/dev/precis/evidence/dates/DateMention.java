package dev.precis.evidence.dates;

import java.time.LocalDate;

/** One date mention inside a sentence: resolved date (null when it cannot be), wording, offsets in the sentence. */
record DateMention(LocalDate date, String when, int start, int end) {
}
