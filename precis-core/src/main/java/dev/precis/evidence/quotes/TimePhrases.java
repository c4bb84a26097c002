package dev.precis.evidence.quotes;

import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A phrase of time the writer puts before a subject or between a subject and its verb without setting it off by
 * commas: "Moments later producer Ana Costa returned to the microphone and said", "Costa on Tuesday called it". It
 * is no clause and names nobody, so the subject's clause reads through it as through a lead-in with its comma.
 */
final class TimePhrases {
    /** Words a phrase of time is made of, besides the calendar's names. */
    private static final Set<String> WORDS = Set.of("moments", "minutes", "hours", "days", "weeks", "months", "years", "later",
            "earlier", "soon", "afterward", "afterwards", "shortly", "then", "now", "today", "yesterday", "last", "this", "that",
            "next", "on", "in", "early", "late", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend");
    /** "on Tuesday", "in March", "late Monday night": the calendar's capitalised names after a lower-case word of time. */
    private static final Pattern CALENDAR = Pattern.compile("\\b(?:on|in|late|early|last|this|next)\\s+(?:"
            + Lexicon.alternation(Lexicon.capitalised(Lexicon.WEEKDAYS)) + "|"
            + Lexicon.alternation(Lexicon.capitalised(Lexicon.MONTHS)) + ")\\b");

    private TimePhrases() {
    }

    /** Whether {@code words} (at least one) are all a phrase of time: "Moments later", "On Tuesday", "Late last night". */
    static boolean all(String[] words, int from, int to) {
        if (to <= from) return false;
        for (int i = from; i < to; i++) if (!isWord(words[i])) return false;
        // at least one word that only tells time: "on" or "this" alone is none
        for (int i = from; i < to; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (!Set.of("on", "in", "this", "that", "then", "now", "last", "next", "early", "late").contains(w)) return true;
        }
        return false;
    }

    /** Whether {@code word} may stand in a phrase of time ("later", "Tuesday", "night"). */
    static boolean isWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return WORDS.contains(w) || Lexicon.CALENDAR.contains(w);
    }

    /** Whether the capitalised run {@code name} is only the calendar's ("Tuesday", "March"): a time, not a subject. */
    static boolean isCalendar(String name) {
        for (String w : Spaces.split(name)) if (!Lexicon.CALENDAR.contains(w.toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /** {@code link} with its calendar names in lower case, so that "on Tuesday" reads as the lower-case words between a subject and its verb. */
    static String lowered(String link) {
        return CALENDAR.matcher(link).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    }
}
