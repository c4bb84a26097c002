package dev.precis.evidence.dates;

import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.StartPattern;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.groups.UnionFind;
import dev.precis.evidence.quantities.SharedWords;

import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.model.Sentence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same one-off event given different dates by different articles: "the council will vote on
 * Monday" (resolved against the article's date) and "the vote is scheduled for March 4". A dated
 * sentence names its event with one of a short list of scheduled or one-off happenings (a vote, an
 * election, an inquiry, a trial, a funeral, a ceasefire, an earthquake ...), each event word takes the
 * date mention nearest to it. Two such mentions in different articles report one event when they name the same
 * event, their sentences share at least {@value #SHARED} terms, and both dates lie on the same
 * side of their article's date (both still to come, or both past). Precision first: only resolved
 * dates count (an undated article's "on Monday" is never compared); two articles that use the
 * same weekday agree whatever it resolves to; a gap of whole weeks between a weekday and another
 * date is taken for a tense misread, not a disagreement; an article that itself gives two dates
 * for the event makes the event unclear and it is left out. Years of one event ("the 1899 heist",
 * "the heist in 1900") are compared by {@link EventYears}.
 */
public final class DateDisagreements {
    /** Shared sentence terms (the event word included) that two reports of one event need. */
    static final int SHARED = 2;

    /** Event words (lower case, as written) and the event they name. */
    private static final List<String> EVENT_WORDS = List.of(("vote|votes|voted|voting|ballot|election|elections|referendum|runoff|"
            + "inquiry|inquest|hearing|hearings|trial|verdict|sentencing|summit|talks|funeral|burial|ceasefire|truce|inauguration|"
            + "sworn|debate|launch|launched|deadline|resignation|resigned|wedding|earthquake|quake|landfall|crash|crashed|"
            + "capsized|sank|sinking").split("\\|"));
    private static final Set<String> EVENT_WORD_SET = Set.copyOf(EVENT_WORDS);
    private static final StartPattern EVENT = StartPattern.of("\\b(?<w>" + String.join("|", EVENT_WORDS) + ")\\b",
            StartPattern.atWordStart(StartPattern.initials(EVENT_WORDS)));
    private static final Map<String, String> EVENT_NAME = new HashMap<>();
    private static final Pattern COMPLEMENT = Pattern.compile(
            "\\b(?:into|of|after|since|following|over|about|from)\\s+(?:(?:the|a|an|this|that|its|their|last)\\s+)?"
                    + "(?:\\p{L}+['’]s\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:" + Lexicon.alternation(Lexicon.capitalised(Lexicon.WEEKDAYS)) + ")\\b");

    static {
        for (String w : List.of("vote", "votes", "voted", "voting", "ballot")) EVENT_NAME.put(w, "vote");
        for (String w : List.of("election", "elections")) EVENT_NAME.put(w, "election");
        for (String w : List.of("hearing", "hearings")) EVENT_NAME.put(w, "hearing");
        for (String w : List.of("funeral", "burial")) EVENT_NAME.put(w, "funeral");
        for (String w : List.of("ceasefire", "truce")) EVENT_NAME.put(w, "ceasefire");
        for (String w : List.of("inauguration", "sworn")) EVENT_NAME.put(w, "inauguration");
        for (String w : List.of("launch", "launched")) EVENT_NAME.put(w, "launch");
        for (String w : List.of("resignation", "resigned")) EVENT_NAME.put(w, "resignation");
        for (String w : List.of("earthquake", "quake")) EVENT_NAME.put(w, "earthquake");
        for (String w : List.of("crash", "crashed")) EVENT_NAME.put(w, "crash");
        for (String w : List.of("capsized", "sank", "sinking")) EVENT_NAME.put(w, "sinking");
    }

    private DateDisagreements() {
    }

    /** One dated mention of an event. */
    private record Dated(Sentence sentence, String event, LocalDate date, boolean future, String when,
                         String weekday, int start, int end) {
    }

    /** Days of one event ({@link #days}), then years of one event ({@link EventYears}). */
    public static List<Disagreement> find(ClusterAnalysis analysis) {
        List<Disagreement> days = days(analysis);
        List<Disagreement> years = EventYears.find(analysis.text());
        if (years.isEmpty()) return days;
        List<Disagreement> out = new ArrayList<>(days);
        out.addAll(years);
        return out;
    }

    private static List<Disagreement> days(ClusterAnalysis analysis) {
        ClusterText text = analysis.text();
        LocalDate[] articleDates = analysis.get(ArticleDates.ARTICLE_DATES);
        BitSet mayHaveDate = analysis.get(DateMentions.MAY_HAVE_DATE);
        Map<String, List<Dated>> byEvent = new LinkedHashMap<>();
        for (Sentence s : text.sentences()) {
            String t = s.text();
            if (!mayHaveDate.get(s.id()) || !hasEventWord(s)) continue;
            List<DateMention> dates = DateMentions.find(t, articleDates[s.article()]);
            if (dates.isEmpty()) continue;
            LocalDate own = articleDates[s.article()];
            // each event word takes the date mention nearest to it ("searched on Saturday as the toll
            // from Friday's earthquake rose": the earthquake is Friday's)
            // an event word in a complement ("the inquiry into the sinking") only describes another
            // event; it names the date's event only when the sentence has no other
            Matcher ev = EVENT.matcher(t);
            List<int[]> words = new ArrayList<>();
            boolean anyHead = false;
            for (int from = 0; EVENT.find(ev, t, from, t.length()); from = ev.end()) {
                boolean complement = COMPLEMENT.matcher(t.substring(Math.max(0, ev.start() - 24), ev.start())).find();
                words.add(new int[] {ev.start(), ev.end(), complement ? 1 : 0});
                anyHead |= !complement;
            }
            Map<DateMention, String> eventOf = new LinkedHashMap<>();
            Map<DateMention, Integer> distanceOf = new HashMap<>();
            for (int[] word : words) {
                if (anyHead && word[2] == 1) continue;
                ev.region(word[0], t.length());
                ev.lookingAt();
                DateMention near = null;
                int bestDistance = Integer.MAX_VALUE;
                for (DateMention d : dates) {
                    int distance = d.start() >= ev.end() ? d.start() - ev.end() : Math.max(0, ev.start() - d.end());
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        near = d;
                    }
                }
                // ... and a date belongs to one event, its nearest ("inquiry into the sinking will open on")
                if (near == null || distanceOf.getOrDefault(near, Integer.MAX_VALUE) <= bestDistance) continue;
                String w = ev.group("w").toLowerCase(Locale.ROOT);
                eventOf.put(near, EVENT_NAME.getOrDefault(w, w));
                distanceOf.put(near, bestDistance);
            }
            for (Map.Entry<DateMention, String> e : eventOf.entrySet()) {
                DateMention near = e.getKey();
                if (near.date() == null) continue;
                boolean future = own != null && near.date().isAfter(own);
                Matcher wd = WEEKDAY.matcher(near.when());
                byEvent.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(new Dated(s, e.getValue(), near.date(), future,
                        near.when(), wd.find() ? wd.group() : "", s.start() + near.start(), s.start() + near.end()));
            }
        }
        if (byEvent.isEmpty()) return List.of();
        List<Disagreement> out = new ArrayList<>();
        for (List<Dated> ms : byEvent.values()) {
            int n = ms.size();
            if (n < 2) continue;
            UnionFind groups = new UnionFind(n);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (sameEvent(ms.get(i), ms.get(j))) groups.union(i, j);
                }
            }
            for (List<Dated> g : groups.groups(ms)) {
                Disagreement d = disagreement(text, g);
                if (d != null) out.add(d);
            }
        }
        return out;
    }

    /** A disagreement when the group's articles give at least two dates and none gives two itself. */
    private static Disagreement disagreement(ClusterText text, List<Dated> g) {
        Map<Integer, Dated> perArticle = new TreeMap<>();
        for (Dated d : g) {
            Dated prev = perArticle.putIfAbsent(d.sentence().article(), d);
            if (prev != null && !prev.date().equals(d.date())) return null; // the article is unclear itself
        }
        if (perArticle.size() < 2) return null;
        TreeMap<LocalDate, List<Dated>> byDate = new TreeMap<>();
        for (Dated d : perArticle.values()) byDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d);
        if (byDate.size() < 2) return null;
        // the same weekday, or whole weeks apart with a weekday involved: a resolution artefact
        List<Dated> firsts = byDate.values().stream().map(l -> l.get(0)).toList();
        for (int i = 0; i < firsts.size(); i++) {
            for (int j = i + 1; j < firsts.size(); j++) {
                Dated a = firsts.get(i), b = firsts.get(j);
                for (Dated x : byDate.get(a.date())) {
                    for (Dated y : byDate.get(b.date())) {
                        if (!x.weekday().isEmpty() && x.weekday().equals(y.weekday())) return null;
                        long days = Math.abs(ChronoUnit.DAYS.between(x.date(), y.date()));
                        if ((!x.weekday().isEmpty() || !y.weekday().isEmpty()) && days % 7 == 0) return null;
                    }
                }
            }
        }
        List<Disagreement.Side> sides = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Dated>> e : byDate.entrySet()) {
            List<Citation> cites = new ArrayList<>();
            for (Dated d : e.getValue()) cites.add(Citation.of(text, d.sentence().article(), d.start(), d.end()));
            sides.add(new Disagreement.Side(e.getKey().toString(), e.getValue().get(0).when(), cites));
        }
        return new Disagreement("date of the " + g.get(0).event(), sides);
    }

    private static boolean sameEvent(Dated a, Dated b) {
        if (a.sentence().article() == b.sentence().article()) return false;
        if (a.future() != b.future()) return false;
        return SharedWords.count(a.sentence(), b.sentence()) >= SHARED;
    }

    /** A word of {@link #EVENT} among the sentence's words: a set lookup per word, before any pattern. */
    private static boolean hasEventWord(Sentence s) {
        for (String w : s.words()) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && EVENT_WORD_SET.contains(w)) return true;
        }
        return false;
    }
}
