package dev.precis.evidence.dates;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.evidence.align.Alignments;
import dev.precis.evidence.align.SupportFinder;
import dev.precis.lexicon.Digits;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.model.TimelineEvent;
import dev.precis.represent.TermVectors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import static dev.precis.evidence.dates.DateMentions.EXPLICIT;
import static dev.precis.evidence.dates.DateMentions.RELATIVE;

/**
 * Dated events: story sentences with a date mention ({@link DateMentions}), resolved against the
 * article's date ({@link ArticleDates}) by tense ({@link RelativeDays}). Page furniture (captions,
 * stamps, bylines, galleries: {@link StoryLines}) gives no event. One event per sentence (its first
 * date mention, an explicit date before a relative day); the same event in several articles (same
 * date, aligned sentences) is kept once, the dated report over an undated one. Sorted by date,
 * undated last.
 */
public final class Timeline {
    private static final double SAME_EVENT = 0.30;

    private Timeline() {
    }

    public static List<TimelineEvent> find(ClusterAnalysis analysis) {
        ClusterText text = analysis.text();
        TermVectors v = analysis.vectors();
        Alignments best = Alignments.of(analysis);
        KeptEvents kept = new KeptEvents();
        LocalDate[] dates = analysis.get(ArticleDates.ARTICLE_DATES);
        BitSet mayHaveDate = analysis.get(DateMentions.MAY_HAVE_DATE);
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
        return DateMentions.mayHaveDate(s.text()) ? datedEvent(text, s, articleDate) : null;
    }

    /**
     * {@link #event} of a sentence that may hold a date: few do, so this is a method of its own that
     * the JIT compiles apart from the test every sentence takes.
     */
    private static TimelineEvent datedEvent(ClusterText text, Sentence s, LocalDate articleDate) {
        String t = s.text();
        Matcher m = EXPLICIT.matcher(t);
        Matcher r = RELATIVE.matcher(t);
        boolean hasExplicit = Digits.any(t) && EXPLICIT.find(m, t, 0, t.length()),
                hasRelative = DateMentions.mayBeRelative(t) && DateMentions.findRelative(r, t);
        // the furniture tests cost more than the date patterns, and most sentences hold no date
        if (!hasExplicit && !hasRelative || StoryLines.furniture(t)
                || StoryLines.inGallery(text.articles().get(s.article()).text(), s.start())) return null;
        if (hasExplicit) {
            TimelineEvent explicit = explicitEvent(text, s, m, articleDate);
            if (explicit != null) return explicit;
        }
        if (!hasRelative) return null;
        String when = r.group().strip();
        boolean future = RelativeDays.future(t, r.start());
        return new TimelineEvent(RelativeDays.resolve(r, articleDate, future), when, t, SupportFinder.citation(text, s));
    }

    /** The event of an explicit date mention {@code m} found in sentence {@code s}; null when its month or day is not one. */
    private static TimelineEvent explicitEvent(ClusterText text, Sentence s, Matcher m, LocalDate articleDate) {
        if (!DateMentions.monthAndDay(m)) return null;
        return new TimelineEvent(DateMentions.explicitDate(s.text(), m, articleDate), m.group().strip(), s.text(),
                SupportFinder.citation(text, s));
    }
}
