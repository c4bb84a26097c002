package dev.precis.evidence.dates;

import dev.precis.lexicon.StartPattern;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What day a mention that leans on the article's date means, by tense. A weekday is the most recent
 * such day on or before the article date; "next Monday", or a weekday after a future marker ("will
 * be expiring on Monday"), is the first one after it. A month-day without a year that the sentence
 * puts in the future is this year's or next year's; one more than a month after the article date
 * in a past sentence is last year's; a weekday written with it fixes the year.
 */
final class RelativeDays {
    /**
     * Future tense before a weekday: "will be expiring on Monday" is the coming Monday, and so is the
     * future-in-the-past of reported speech ("said the port would reopen on Monday").
     */
    private static final StartPattern FUTURE = StartPattern.of(
            "\\b(?:will|shall|would|could|might|going to|expected|(?<!\\b(?:was|were|been)\\s)scheduled|due to|plans? to|set to|won['’]t|upcoming)\\b",
            Pattern.CASE_INSENSITIVE, StartPattern.atWordStart("wscmgedpuWSCMGEDPU"));
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("\\b(?<wd>" + CalendarWords.WEEKDAYS + ")\\b[,(\\s]{0,3}(?:[Oo]n\\s+)?$");

    private RelativeDays() {
    }

    /**
     * A future marker before {@code at} in the writer's own words: the words of a quote that ends
     * before the date are the speaker's ("\"... we would be talking ...,\" she said on Wednesday").
     */
    static boolean future(String t, int at) {
        int from = 0;
        for (int k = at - 1; k >= 0; k--) {
            char c = t.charAt(k);
            if (c == '”' || c == '"' && k > 0 && !Character.isWhitespace(t.charAt(k - 1))) {
                from = k + 1;
                break;
            }
        }
        return FUTURE.find(t.substring(from, at));
    }

    /**
     * The day a relative mention {@code r} ({@link DateMentions}' weekday or relative-day groups)
     * means in an article of date {@code d}; null when the date is unknown or the mention is no one
     * day ("last week").
     */
    static LocalDate resolve(Matcher r, LocalDate d, boolean future) {
        if (d == null) return null;
        if (r.group("wd") != null) {
            DayOfWeek wd = DayOfWeek.valueOf(r.group("wd").toUpperCase(Locale.ROOT));
            String mod = r.group("mod") == null ? "" : r.group("mod").toLowerCase(Locale.ROOT);
            int back = (d.getDayOfWeek().getValue() - wd.getValue() + 7) % 7;
            if (mod.equals("next") || future && !mod.equals("last") && !mod.equals("since")) {
                int ahead = (wd.getValue() - d.getDayOfWeek().getValue() + 7) % 7;
                return d.plusDays(ahead == 0 ? 7 : ahead);
            }
            if (mod.equals("last") && back == 0) back = 7;
            return d.minusDays(back);
        }
        String rel = r.group("rel").toLowerCase(Locale.ROOT);
        return switch (rel) {
            case "yesterday", "last night" -> d.minusDays(1);
            case "today", "tonight" -> d;
            default -> null; // "last week", "this week": not one day
        };
    }

    /** A month-day of the article's year moved by tense: a future one may be next year's, a past one last year's. */
    static LocalDate byTense(String t, int at, LocalDate date, LocalDate articleDate) {
        boolean future = future(t, at);
        if (future && date.isBefore(articleDate)) return date.plusYears(1); // "will be sworn in on January 2"
        if (!future && date.isAfter(articleDate.plusDays(31))) return date.minusYears(1);
        return date;
    }

    /**
     * A weekday written with a month and day ("this Thursday (Aug. 8)", "Thursday, Aug. 8") fixes
     * the year: of the year found and the years either side, the one where that day is that weekday
     * and nearest the article's date.
     */
    static LocalDate weekdayYear(String t, int at, LocalDate date, LocalDate articleDate) {
        Matcher w = WEEKDAY_BEFORE.matcher(t.substring(Math.max(0, at - 16), at));
        if (!w.find()) return date;
        DayOfWeek wd = DayOfWeek.valueOf(w.group("wd").toUpperCase(Locale.ROOT));
        if (date.getDayOfWeek() == wd) return date;
        LocalDate best = date;
        long bestGap = Long.MAX_VALUE;
        for (int dy : new int[] {-1, 1}) {
            try {
                LocalDate c = LocalDate.of(date.getYear() + dy, date.getMonth(), date.getDayOfMonth());
                long gap = Math.abs(c.toEpochDay() - articleDate.toEpochDay());
                if (c.getDayOfWeek() == wd && gap < bestGap) {
                    best = c;
                    bestGap = gap;
                }
            } catch (DateTimeException e) {
                // February 29 in a common year
            }
        }
        return best;
    }
}
