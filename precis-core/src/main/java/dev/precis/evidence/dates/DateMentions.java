package dev.precis.evidence.dates;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.lexicon.Digits;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.StartPattern;
import dev.precis.model.Sentence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import static dev.precis.evidence.dates.CalendarWords.MONTHS;
import static dev.precis.evidence.dates.CalendarWords.WEEKDAYS;
import static dev.precis.evidence.dates.CalendarWords.month;

/**
 * The date mentions of a sentence: explicit dates ("On September 9", "23 September, 2016") and
 * relative days ("on Monday", "yesterday", "next Monday"), resolved against the article's date
 * ({@link RelativeDays}). When the article's date is unknown, relative mentions keep a null date and
 * their wording, and a month-day without a year stays undated too — nothing is guessed. The
 * speaker's "yesterday" inside a quotation is the day they spoke, unknown here, so it is not read.
 */
final class DateMentions {
    /** "On", a month or a day's digits, at a word's start, opens every match. */
    static final StartPattern EXPLICIT = StartPattern.of(
            "(?:\\b[Oo]n\\s+)?(?:\\b(?<month>" + MONTHS + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]\\d)"
                    + "(?:,?\\s+(?<year>(?:19|20)\\d\\d))?\\b"
                    + "|\\b(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month2>" + MONTHS + ")(?:,?\\s+(?<year2>(?:19|20)\\d\\d))?\\b)",
            StartPattern.atWordStart("Oo0123456789" + StartPattern.initials(Lexicon.capitalised(Lexicon.MONTHS))));
    /** Opens on a modifier, a weekday or a relative day, at a word's start. */
    static final StartPattern RELATIVE = StartPattern.of(
            "(?:\\b(?<mod>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate)\\s+)?\\b(?<wd>" + WEEKDAYS + ")\\b"
                    + "|\\b(?<rel>[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night|[Ll]ast week|[Tt]his week|[Ee]arlier this week)\\b",
            StartPattern.atWordStart("OoLlNnTtSsUuBbEeYy" + StartPattern.initials(Lexicon.capitalised(Lexicon.WEEKDAYS))));

    /**
     * The sentences that {@link #mayHaveDate} (by id): the timeline and the date disagreements both
     * read every sentence for a date, and the test is most of what a sentence without one costs.
     */
    static final ClusterAnalysis.Key<BitSet> MAY_HAVE_DATE = ClusterAnalysis.Key.of("sentences that may hold a date", a -> {
        List<Sentence> all = a.text().sentences();
        BitSet out = new BitSet(all.size());
        for (int i = 0; i < all.size(); i++) if (mayHaveDate(all.get(i).text())) out.set(i);
        return out;
    });

    /** "Jan" to "Dec": compared where they stand, as every sentence is read for them twice (here and for dated events). */
    private static final String[] MONTH_PREFIXES = Lexicon.capitalised(Lexicon.MONTHS).stream()
            .map(m -> m.substring(0, 3)).distinct().toArray(String[]::new);

    private DateMentions() {
    }

    /** Every date mention of a sentence, explicit and relative, in text order, resolved as {@link Timeline#event} does. */
    static List<DateMention> find(String t, LocalDate articleDate) {
        if (!mayHaveDate(t)) return List.of();
        List<DateMention> out = new ArrayList<>();
        Matcher m = EXPLICIT.matcher(t);
        boolean digits = Digits.any(t), relative = mayBeRelative(t);
        for (int from = 0; digits && EXPLICIT.find(m, t, from, t.length()); from = m.end()) {
            if (!monthAndDay(m)) continue;
            int start = m.start();
            while (Character.isWhitespace(t.charAt(start))) start++;
            out.add(new DateMention(explicitDate(t, m, articleDate), m.group().strip(), start, start + m.group().strip().length()));
        }
        Matcher r = RELATIVE.matcher(t);
        for (int from = 0; relative && RELATIVE.find(r, t, from, t.length()); from = r.end()) {
            boolean inside = false;
            for (DateMention e : out) inside |= r.start() < e.end() && r.end() > e.start(); // "Tuesday, March 4"
            if (inside) continue;
            boolean future = RelativeDays.future(t, r.start());
            out.add(new DateMention(RelativeDays.resolve(r, articleDate, future), r.group().strip(), r.start(), r.start() + r.group().strip().length()));
        }
        out.sort(Comparator.comparingInt(DateMention::start));
        return out;
    }

    /** Whether an {@link #EXPLICIT} match {@code m} names a real month and a day of 1 to 31. */
    static boolean monthAndDay(Matcher m) {
        int mo = month(m.group("month") != null ? m.group("month") : m.group("month2"));
        int d = Integer.parseInt(m.group("month") != null ? m.group("day") : m.group("day2"));
        return mo > 0 && d >= 1 && d <= 31;
    }

    /**
     * The next relative day that is the writer's: not inside a quotation (the speaker's "yesterday"
     * is the day they spoke, unknown here) and not a capitalised word inside a sentence ("The Tonight Show").
     */
    static boolean findRelative(Matcher r, String t) {
        for (int from = 0; RELATIVE.find(r, t, from, t.length()); from = r.end()) {
            boolean capitalisedInside = r.group("rel") != null && Character.isUpperCase(r.group("rel").charAt(0))
                    && r.start("rel") > 0;
            if (!capitalisedInside && !insideQuote(t, r.start())) return true;
        }
        return false;
    }

    private static boolean insideQuote(String t, int at) {
        int straight = 0, open = 0;
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            if (c == '"') straight++;
            else if (c == '“') open++;
            else if (c == '”') open = Math.max(0, open - 1);
        }
        return straight % 2 == 1 || open > 0;
    }

    /** An explicit date mention resolved: its year, else the article's (a future one may be next year's). */
    static LocalDate explicitDate(String t, Matcher m, LocalDate articleDate) {
        boolean first = m.group("month") != null;
        String year = first ? m.group("year") : m.group("year2");
        int mo = month(first ? m.group("month") : m.group("month2"));
        int d = Integer.parseInt(first ? m.group("day") : m.group("day2"));
        try {
            if (year != null) return LocalDate.of(Integer.parseInt(year), mo, d);
            if (articleDate == null) return null;
            LocalDate date = RelativeDays.byTense(t, m.start(), LocalDate.of(articleDate.getYear(), mo, d), articleDate);
            return RelativeDays.weekdayYear(t, m.start(), date, articleDate);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Every relative day ("Monday", "yesterday", "tonight", "last week") holds one of these. */
    static boolean mayBeRelative(String t) {
        return t.contains("day") || t.contains("night") || t.contains("week");
    }

    /** Cheap test before the date patterns: a "day" word, a "week", or a capitalised month prefix. */
    static boolean mayHaveDate(String t) {
        if (mayBeRelative(t)) return true;
        for (int i = 0; i + 3 <= t.length(); i++) {
            char c = t.charAt(i);
            if (c < 'A' || c > 'S' || "ADFJMNOS".indexOf(c) < 0) continue;
            if (i > 0 && Character.isLetter(t.charAt(i - 1))) continue;
            for (String p : MONTH_PREFIXES) if (t.startsWith(p, i)) return true;
        }
        return false;
    }
}
