package dev.precis.evidence.dates;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.lexicon.Digits;
import dev.precis.model.CleanArticle;
import dev.precis.model.Drop;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.dates.CalendarWords.MONTHS;
import static dev.precis.evidence.dates.CalendarWords.WEEKDAYS;
import static dev.precis.evidence.dates.CalendarWords.month;

/**
 * The date an article was written, which relative days resolve against: {@code Article.date()},
 * else a date line the cleaner dropped, else a short date line in the raw text. A short line that
 * is mostly a full date ("Posted by Ann Lee on Sunday, October 4, 2015") is a date line; an update
 * stamp or a photo caption never gives the article's date ({@link StoryLines}), and a page of
 * several dated posts has no one date.
 */
public final class ArticleDates {
    private static final Pattern FULL_MDY = Pattern.compile(
            "(?:(?:" + WEEKDAYS + "),?\\s+)?\\b(?<month>" + MONTHS + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d\\d)\\b");
    private static final Pattern FULL_DMY = Pattern.compile(
            "\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>" + MONTHS + ")\\.?,?\\s+(?<year>(?:19|20)\\d\\d)\\b");
    private static final Pattern ISO = Pattern.compile("\\b(?<year>(?:19|20)\\d\\d)-(?<month>\\d\\d)-(?<day>\\d\\d)\\b");
    private static final int DATE_LINE_WORDS = 10;
    /** The words a date line may hold around its date: "Posted by ... on", a time of day. */
    private static final Pattern DATE_LINE_FILLER = Pattern.compile("(?i)\\b(?:on|by|posted|published|date|at|\\d{1,2}:\\d\\d|[ap]\\.?m\\.?)\\b");
    private static final Pattern DATE_LINE_SEPARATORS = Pattern.compile("[\\s,|()\\-–—]+");
    /** Distinct dates of date lines from which a page has no one date: a blog of several dated posts, a dated list. */
    static final int SEVERAL_DATE_LINES = 3;

    /** Each article's own date (given, or read from a date line), found once per cluster; null where unknown. */
    public static final ClusterAnalysis.Key<LocalDate[]> ARTICLE_DATES = ClusterAnalysis.Key.of("article dates", a -> {
        LocalDate[] dates = new LocalDate[a.text().articles().size()];
        for (int i = 0; i < dates.length; i++) dates[i] = articleDate(a.text().articles().get(i));
        return dates;
    });

    private ArticleDates() {
    }

    /** The article's date: its own field, else a dropped date line, else a short date line of the raw text. */
    public static LocalDate articleDate(CleanArticle art) {
        if (art.source().date() != null) return art.source().date();
        DateLines lines = dateLines(art.source().text());
        if (lines.dates().size() >= SEVERAL_DATE_LINES) {
            // a page of dated posts, newest first: no one date is every sentence's; a dated list
            // inside a story: the story was written on or after the newest item
            return lines.firstBeforeStory() ? null : Collections.max(lines.dates());
        }
        // The cheap test first: a short dated line is rare, an update stamp is looked for only on one.
        for (Drop d : art.drops()) {
            LocalDate date = dateLine(d.text());
            if (date != null && !StoryLines.updateStamp(d.text()) && !StoryLines.photoCaption(d.text())) return date;
        }
        // The raw text's first usable date line, which dateLines already found.
        return lines.dates().isEmpty() ? null : lines.dates().iterator().next();
    }

    /** The distinct dates of a raw text's short date lines, and whether the first comes before any story line. */
    record DateLines(Set<LocalDate> dates, boolean firstBeforeStory) {
    }

    /**
     * The short date lines of a raw text. With {@value #SEVERAL_DATE_LINES} or more different dates
     * the page is either several dated posts (the first date line opens the page, before any line
     * of story) or a story with a dated list in it.
     */
    static DateLines dateLines(String raw) {
        Set<LocalDate> seen = new LinkedHashSet<>();
        boolean story = false, firstBeforeStory = false;
        for (String line : raw.split("\n")) {
            boolean longLine = longerThanDateLine(line);
            LocalDate date = longLine ? null : shortDateLine(line);
            if (date != null && (StoryLines.updateStamp(line) || StoryLines.photoCaption(line))) date = null;
            if (date != null) {
                if (seen.isEmpty()) firstBeforeStory = !story;
                seen.add(date);
            } else if (longLine) {
                story = true;
            }
        }
        return new DateLines(seen, firstBeforeStory);
    }

    /** A full date (with year) in a short line; null otherwise. */
    public static LocalDate dateLine(String line) {
        return longerThanDateLine(line) ? null : shortDateLine(line);
    }

    /** Whether {@code line} has more words than a date line may hold. */
    private static boolean longerThanDateLine(String line) {
        return words(line, DATE_LINE_WORDS + 1) > DATE_LINE_WORDS;
    }

    /** {@link #dateLine} of a line already known to be short. */
    private static LocalDate shortDateLine(String line) {
        if (!Digits.any(line)) return null;
        String l = line.strip();
        if (l.isEmpty()) return null;
        for (Pattern p : new Pattern[] {FULL_MDY, FULL_DMY, ISO}) {
            Matcher m = p.matcher(l);
            if (!m.find()) continue;
            // a date line is mostly its date ("Posted by Ann Lee on Sunday, October 4, 2015"), not a short story sentence
            String rest = DATE_LINE_FILLER.matcher(l.substring(0, m.start()) + " " + l.substring(m.end())).replaceAll(" ");
            if (DATE_LINE_SEPARATORS.split(rest).length > 5) return null;
            try {
                String mon = m.group("month");
                int mo = Character.isDigit(mon.charAt(0)) ? Integer.parseInt(mon) : month(mon);
                return LocalDate.of(Integer.parseInt(m.group("year")), mo, Integer.parseInt(m.group("day")));
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Words (runs of non-space) of a line, counted up to {@code most}. */
    private static int words(String line, int most) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length() && n < most; i++) {
            char c = line.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'; // regex \s
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }
}
