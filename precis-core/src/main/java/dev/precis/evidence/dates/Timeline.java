package dev.precis.evidence.dates;

import dev.precis.lexicon.Digits;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.StartPattern;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.evidence.align.Alignments;
import dev.precis.evidence.align.SupportFinder;

import dev.precis.model.CleanArticle;
import dev.precis.model.ClusterText;
import dev.precis.model.Drop;
import dev.precis.model.Sentence;
import dev.precis.model.TimelineEvent;
import dev.precis.represent.TermVectors;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated events: sentences with an explicit date ("On September 9", "23 September, 2016") or a
 * relative day ("on Monday", "yesterday", "next Monday"), resolved against the article's date. The
 * article's date is {@code Article.date()}, else a date line the cleaner dropped, else a short
 * date line in the raw text; when none is known, relative mentions keep a null date and their
 * wording, and a month-day without a year stays undated too — nothing is guessed. A weekday is
 * the most recent such day on or before the article date; "next Monday", or a weekday after a
 * future marker ("will be expiring on Monday"), is the first one after it.
 * One event per sentence (its first date mention); the same event in several articles (same
 * date, aligned sentences) is kept once. Sorted by date, undated last.
 */
public final class Timeline {
    private static final String MONTHS = Lexicon.alternation(Lexicon.capitalised(Lexicon.MONTHS)) + "|"
            + String.join("|", Lexicon.capitalised(Lexicon.MONTH_ABBREVIATIONS).stream().map(m -> m + "\\.?").toList());
    private static final String WEEKDAYS = Lexicon.alternation(Lexicon.capitalised(Lexicon.WEEKDAYS));
    private static final Pattern FULL_MDY = Pattern.compile(
            "(?:(?:" + WEEKDAYS + "),?\\s+)?\\b(?<month>" + MONTHS + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d\\d)\\b");
    private static final Pattern FULL_DMY = Pattern.compile(
            "\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>" + MONTHS + ")\\.?,?\\s+(?<year>(?:19|20)\\d\\d)\\b");
    private static final Pattern ISO = Pattern.compile("\\b(?<year>(?:19|20)\\d\\d)-(?<month>\\d\\d)-(?<day>\\d\\d)\\b");
    /** "On", a month or a day's digits, at a word's start, opens every match. */
    private static final StartPattern EXPLICIT = StartPattern.of(
            "(?:\\b[Oo]n\\s+)?(?:\\b(?<month>" + MONTHS + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]\\d)"
                    + "(?:,?\\s+(?<year>(?:19|20)\\d\\d))?\\b"
                    + "|\\b(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month2>" + MONTHS + ")(?:,?\\s+(?<year2>(?:19|20)\\d\\d))?\\b)",
            StartPattern.atWordStart("Oo0123456789" + StartPattern.initials(Lexicon.capitalised(Lexicon.MONTHS))));
    /** Opens on a modifier, a weekday or a relative day, at a word's start. */
    private static final StartPattern RELATIVE = StartPattern.of(
            "(?:\\b(?<mod>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate)\\s+)?\\b(?<wd>" + WEEKDAYS + ")\\b"
                    + "|\\b(?<rel>[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night|[Ll]ast week|[Tt]his week|[Ee]arlier this week)\\b",
            StartPattern.atWordStart("OoLlNnTtSsUuBbEeYy" + StartPattern.initials(Lexicon.capitalised(Lexicon.WEEKDAYS))));
    /**
     * Future tense before a weekday: "will be expiring on Monday" is the coming Monday, and so is the
     * future-in-the-past of reported speech ("said the port would reopen on Monday").
     */
    private static final StartPattern FUTURE = StartPattern.of(
            "\\b(?:will|shall|would|could|might|going to|expected|(?<!\\b(?:was|were|been)\\s)scheduled|due to|plans? to|set to|won['’]t|upcoming)\\b",
            Pattern.CASE_INSENSITIVE, StartPattern.atWordStart("wscmgedpuWSCMGEDPU"));
    private static final int DATE_LINE_WORDS = 10;
    private static final double SAME_EVENT = 0.30;

    /** Each article's own date (given, or read from a date line), found once per cluster; null where unknown. */
    public static final ClusterAnalysis.Key<LocalDate[]> ARTICLE_DATES = ClusterAnalysis.Key.of("article dates", a -> {
        LocalDate[] dates = new LocalDate[a.text().articles().size()];
        for (int i = 0; i < dates.length; i++) dates[i] = articleDate(a.text().articles().get(i));
        return dates;
    });

    private Timeline() {
    }

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

    public static List<TimelineEvent> find(ClusterAnalysis analysis) {
        ClusterText text = analysis.text();
        TermVectors v = analysis.vectors();
        Alignments best = Alignments.of(analysis);
        KeptEvents kept = new KeptEvents();
        LocalDate[] dates = analysis.get(ARTICLE_DATES);
        BitSet mayHaveDate = analysis.get(MAY_HAVE_DATE);
        for (Sentence s : text.sentences()) {
            if (!mayHaveDate.get(s.id())) continue;
            TimelineEvent e = datedEvent(text, s, dates[s.article()]);
            if (e == null) continue;
            int dup = duplicate(e, s, kept, text, v, best);
            if (dup < 0) kept.add(e, s);
            else if (kept.events.get(dup).date() == null && e.date() != null) kept.replace(dup, e, s); // keep the dated report
        }
        List<TimelineEvent> events = kept.events;
        List<Integer> sentenceOf = kept.sentenceOf;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) order.add(i);
        order.sort(Comparator.comparing((Integer i) -> events.get(i).date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(i -> sentenceOf.get(i)));
        return order.stream().map(events::get).toList();
    }

    /** Index of an event already kept that reports the same thing on the same day, or -1. */
    private static int duplicate(TimelineEvent e, Sentence s, KeptEvents kept, ClusterText text, TermVectors v, Alignments best) {
        int previous = -1;
        for (int i : kept.candidates(e, s)) {
            if (i == previous) continue;
            previous = i;
            TimelineEvent o = kept.events.get(i);
            Sentence os = text.sentence(kept.sentenceOf.get(i));
            if (os.article() == s.article()) {
                if (os.text().equals(s.text())) return i; // a repeated lead or headline
                continue;
            }
            boolean sameWhen = e.date() != null && o.date() != null ? e.date().equals(o.date())
                    : e.when().equalsIgnoreCase(o.when());
            if (!sameWhen) continue;
            if (best.best(s.id(), os.article()) == os.id() || v.cosine(s.id(), os.id()) >= SAME_EVENT) return i;
        }
        return -1;
    }

    /** The dated event sentence {@code s} reports; null when it holds none. */
    public static TimelineEvent event(ClusterText text, Sentence s, LocalDate articleDate) {
        return mayHaveDate(s.text()) ? datedEvent(text, s, articleDate) : null;
    }

    /**
     * {@link #event} of a sentence that may hold a date: few do, so this is a method of its own that
     * the JIT compiles apart from the test every sentence takes.
     */
    private static TimelineEvent datedEvent(ClusterText text, Sentence s, LocalDate articleDate) {
        String t = s.text();
        Matcher m = EXPLICIT.matcher(t);
        Matcher r = RELATIVE.matcher(t);
        boolean hasExplicit = Digits.any(t) && EXPLICIT.find(m, t, 0, t.length()), hasRelative = mayBeRelative(t) && findRelative(r, t);
        // the furniture tests cost more than the date patterns, and most sentences hold no date
        if (!hasExplicit && !hasRelative || StoryLines.furniture(t)
                || StoryLines.inGallery(text.articles().get(s.article()).text(), s.start())) return null;
        if (hasExplicit) {
            TimelineEvent explicit = explicitEvent(text, s, m, articleDate);
            if (explicit != null) return explicit;
        }
        if (!hasRelative) return null;
        String when = r.group().strip();
        boolean future = future(t, r.start());
        return new TimelineEvent(resolve(r, articleDate, future), when, t, SupportFinder.citation(text, s));
    }

    /** The event of an explicit date mention {@code m} found in sentence {@code s}; null when its month or day is not one. */
    private static TimelineEvent explicitEvent(ClusterText text, Sentence s, Matcher m, LocalDate articleDate) {
        int mo = month(m.group("month") != null ? m.group("month") : m.group("month2"));
        int d = Integer.parseInt(m.group("month") != null ? m.group("day") : m.group("day2"));
        if (mo <= 0 || d < 1 || d > 31) return null;
        return new TimelineEvent(explicitDate(s.text(), m, articleDate), m.group().strip(), s.text(), SupportFinder.citation(text, s));
    }

    /**
     * The next relative day that is the writer's: not inside a quotation (the speaker's "yesterday"
     * is the day they spoke, unknown here) and not a capitalised word inside a sentence ("The Tonight Show").
     */
    private static boolean findRelative(Matcher r, String t) {
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
    private static LocalDate explicitDate(String t, Matcher m, LocalDate articleDate) {
        boolean first = m.group("month") != null;
        String year = first ? m.group("year") : m.group("year2");
        int mo = month(first ? m.group("month") : m.group("month2"));
        int d = Integer.parseInt(first ? m.group("day") : m.group("day2"));
        try {
            if (year != null) return LocalDate.of(Integer.parseInt(year), mo, d);
            if (articleDate == null) return null;
            LocalDate date = LocalDate.of(articleDate.getYear(), mo, d);
            boolean future = future(t, m.start());
            if (future && date.isBefore(articleDate)) date = date.plusYears(1); // "will be sworn in on January 2"
            else if (!future && date.isAfter(articleDate.plusDays(31))) date = date.minusYears(1);
            return weekdayYear(t, m.start(), date, articleDate);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("\\b(?<wd>" + WEEKDAYS + ")\\b[,(\\s]{0,3}(?:[Oo]n\\s+)?$");

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

    /** One date mention inside a sentence: resolved date (null when it cannot be), wording, offsets in the sentence. */
    record DateMention(LocalDate date, String when, int start, int end) {
    }

    /** Every date mention of a sentence, explicit and relative, in text order, resolved as {@link #event} does. */
    static List<DateMention> mentions(String t, LocalDate articleDate) {
        if (!mayHaveDate(t)) return List.of();
        List<DateMention> out = new ArrayList<>();
        Matcher m = EXPLICIT.matcher(t);
        boolean digits = Digits.any(t), relative = mayBeRelative(t);
        for (int from = 0; digits && EXPLICIT.find(m, t, from, t.length()); from = m.end()) {
            int mo = month(m.group("month") != null ? m.group("month") : m.group("month2"));
            int d = Integer.parseInt(m.group("month") != null ? m.group("day") : m.group("day2"));
            if (mo <= 0 || d < 1 || d > 31) continue;
            int start = m.start();
            while (Character.isWhitespace(t.charAt(start))) start++;
            out.add(new DateMention(explicitDate(t, m, articleDate), m.group().strip(), start, start + m.group().strip().length()));
        }
        Matcher r = RELATIVE.matcher(t);
        for (int from = 0; relative && RELATIVE.find(r, t, from, t.length()); from = r.end()) {
            boolean inside = false;
            for (DateMention e : out) inside |= r.start() < e.end() && r.end() > e.start(); // "Tuesday, March 4"
            if (inside) continue;
            boolean future = future(t, r.start());
            out.add(new DateMention(resolve(r, articleDate, future), r.group().strip(), r.start(), r.start() + r.group().strip().length()));
        }
        out.sort(java.util.Comparator.comparingInt(DateMention::start));
        return out;
    }

    /**
     * A future marker before {@code at} in the writer's own words: the words of a quote that ends
     * before the date are the speaker's ("\"... we would be talking ...,\" she said on Wednesday").
     */
    private static boolean future(String t, int at) {
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

    /** Every relative day ("Monday", "yesterday", "tonight", "last week") holds one of these. */
    private static boolean mayBeRelative(String t) {
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

    /** "Jan" to "Dec": compared where they stand, as every sentence is read for them twice (here and for dated events). */
    private static final String[] MONTH_PREFIXES = Lexicon.capitalised(Lexicon.MONTHS).stream()
            .map(m -> m.substring(0, 3)).distinct().toArray(String[]::new);

    private static LocalDate resolve(Matcher r, LocalDate d, boolean future) {
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

    /** The article's date: its own field, else a dropped date line, else a short date line of the raw text. */
    public static LocalDate articleDate(CleanArticle art) {
        if (art.source().date() != null) return art.source().date();
        DateLines lines = dateLines(art.source().text());
        if (lines.dates().size() >= SEVERAL_DATE_LINES) {
            // a page of dated posts, newest first: no one date is every sentence's; a dated list
            // inside a story: the story was written on or after the newest item
            return lines.firstBeforeStory() ? null : java.util.Collections.max(lines.dates());
        }
        // The cheap test first: a short dated line is rare, an update stamp is looked for only on one.
        for (Drop d : art.drops()) {
            LocalDate date = dateLine(d.text());
            if (date != null && !StoryLines.updateStamp(d.text()) && !StoryLines.photoCaption(d.text())) return date;
        }
        // The raw text's first usable date line, which dateLines already found.
        return lines.dates().isEmpty() ? null : lines.dates().iterator().next();
    }

    /** Distinct dates of date lines from which a page has no one date: a blog of several dated posts, a dated list. */
    static final int SEVERAL_DATE_LINES = 3;

    /** The distinct dates of a raw text's short date lines, and whether the first comes before any story line. */
    record DateLines(java.util.Set<LocalDate> dates, boolean firstBeforeStory) {
    }

    /**
     * The short date lines of a raw text. With {@value #SEVERAL_DATE_LINES} or more different dates
     * the page is either several dated posts (the first date line opens the page, before any line
     * of story) or a story with a dated list in it.
     */
    static DateLines dateLines(String raw) {
        java.util.Set<LocalDate> seen = new java.util.LinkedHashSet<>();
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

    /** The words a date line may hold around its date: "Posted by ... on", a time of day. */
    private static final Pattern DATE_LINE_FILLER = Pattern.compile("(?i)\\b(?:on|by|posted|published|date|at|\\d{1,2}:\\d\\d|[ap]\\.?m\\.?)\\b");
    private static final Pattern DATE_LINE_SEPARATORS = Pattern.compile("[\\s,|()\\-–—]+");

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("jan")) return 1;
        if (n.startsWith("feb")) return 2;
        if (n.startsWith("mar")) return 3;
        if (n.startsWith("apr")) return 4;
        if (n.startsWith("may")) return 5;
        if (n.startsWith("jun")) return 6;
        if (n.startsWith("jul")) return 7;
        if (n.startsWith("aug")) return 8;
        if (n.startsWith("sep")) return 9;
        if (n.startsWith("oct")) return 10;
        if (n.startsWith("nov")) return 11;
        if (n.startsWith("dec")) return 12;
        return 0;
    }
}
