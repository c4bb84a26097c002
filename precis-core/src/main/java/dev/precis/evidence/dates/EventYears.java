package dev.precis.evidence.dates;

import dev.precis.groups.UnionFind;
import dev.precis.evidence.quantities.SharedWords;
import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.model.Sentence;
import dev.precis.segment.Tokens;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One event given different years by different articles: "the 1899 heist" and "the gold heist in
 * 1900". A year names an event when it stands between "the" and a noun ("the 1899 heist") or right
 * after a noun and "in"/"of" ("the heist in 1900"). Two such mentions in different articles name one
 * event when their nouns are one term and their sentences share at least {@value #SHARED} terms, the
 * noun included. Precision first: an article that writes the other's year anywhere knows both years,
 * so the two are two events of one kind ("the 2008 campaign", "the 2012 campaign"); a participle
 * ("elected in 2008") names an act that recurs, not one event; a year followed by a dash or a slash
 * is a span ("the 2015-16 season").
 */
final class EventYears {
    /** Shared sentence terms (the noun included) that two mentions of one event need. */
    static final int SHARED = 4;

    private EventYears() {
    }

    /**
     * "In 1999, Orange County authorities arrested Poole": a sentence that opens on its year and whose
     * act is a past-tense verb with a named object dates that act.
     */
    private static final Pattern ACT_YEAR = Pattern.compile("^In (\\d{4}), ");
    private static final Pattern ACT = Pattern.compile("\\b([a-z]{3,}ed) ([A-Z][\\p{L}]+)\\b(?!['’\\p{L}-])");

    /** One year given to an event, and where; {@code subject} says what the year is of. */
    private record Dated(Sentence sentence, String subject, int year, int start, int end, String wording) {
    }

    static List<Disagreement> find(ClusterText text) {
        Map<String, List<Dated>> byEvent = new LinkedHashMap<>();
        for (Sentence s : text.sentences()) {
            String t = s.text();
            for (int p = nextYear(t, 0); p >= 0; p = nextYear(t, p + 4)) {
                if (p + 5 < t.length() && "-–/".indexOf(t.charAt(p + 4)) >= 0 && isDigit(t.charAt(p + 5))) continue;
                int year = fourDigits(t, p);
                // "the 1899 heist"
                if (p >= 4 && t.regionMatches(true, p - 4, "the ", 0, 4) && (p == 4 || !Character.isLetter(t.charAt(p - 5)))
                        && p + 5 < t.length() && t.charAt(p + 4) == ' ') {
                    int end = lowerWordEnd(t, p + 5);
                    add(byEvent, s, t.substring(p + 5, end), year, p - 4, end);
                }
                // "the heist in 1900"
                if (p >= 5 && (t.startsWith(" in ", p - 4) || t.startsWith(" of ", p - 4))) {
                    int start = lowerWordStart(t, p - 4);
                    add(byEvent, s, t.substring(start, p - 4), year, start, p + 4);
                }
            }
            addAct(byEvent, s);
        }
        List<Disagreement> out = new ArrayList<>();
        List<BitSet> yearsOf = new ArrayList<>();
        for (List<Dated> ms : byEvent.values()) {
            if (ms.size() < 2) continue;
            for (List<Dated> g : groups(text, ms, yearsOf)) {
                Disagreement d = disagreement(text, g);
                if (d != null) out.add(d);
            }
        }
        return out;
    }

    private static void add(Map<String, List<Dated>> byEvent, Sentence s, String noun, int year, int start, int end) {
        // a participle ("elected in 2008") names an act that recurs
        if (noun.isEmpty() || noun.endsWith("ed")) return;
        List<String> terms = Tokens.terms(noun);
        if (terms.size() != 1) return; // a function word ("the 2016 and 2017 seasons")
        byEvent.computeIfAbsent(terms.get(0), k -> new ArrayList<>())
                .add(new Dated(s, "year of the " + noun, year, s.start() + start, s.start() + end, s.text().substring(start, end)));
    }

    /**
     * The year of one act done to someone named: the verb and the name are the key. Only a sentence
     * that opens on the year and holds no other year is read, so the year is the act's and not a
     * reference point; a possessive ("revoked Poole's probation") names what was acted on, not whom.
     */
    private static void addAct(Map<String, List<Dated>> byEvent, Sentence s) {
        String t = s.text();
        if (!t.startsWith("In ")) return; // most sentences: no matcher needed
        Matcher y = ACT_YEAR.matcher(t);
        if (!y.lookingAt() || nextYear(t, y.end()) >= 0) return;
        int year = Integer.parseInt(y.group(1));
        if (year < 1600 || year > 2099) return;
        Matcher act = ACT.matcher(t);
        if (!act.find(y.end())) return;
        String verb = act.group(1), name = act.group(2);
        byEvent.computeIfAbsent("act " + verb + " " + name, k -> new ArrayList<>())
                .add(new Dated(s, "year " + name + " was " + verb, year, s.start(), s.start() + act.end(), t.substring(0, act.end())));
    }

    /** Where the next four-digit number from 1600 to 2099 starts at or after {@code from}; -1 when none. */
    static int nextYear(String t, int from) {
        int run = 0;
        for (int i = from; i <= t.length(); i++) {
            if (i < t.length() && isDigit(t.charAt(i))) {
                run++;
                continue;
            }
            if (run == 4 && (i - 4 == 0 || !Character.isLetterOrDigit(t.charAt(i - 5)) && t.charAt(i - 5) != ',' && t.charAt(i - 5) != '.')
                    && (i == t.length() || !Character.isLetter(t.charAt(i)))) {
                int y = fourDigits(t, i - 4);
                if (y >= 1600 && y <= 2099) return i - 4;
            }
            run = 0;
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The number the four ASCII digits at {@code at} write. Worked out here rather than by
     * {@link Integer#parseInt(CharSequence, int, int, int)}: that JDK loop, compiled into {@link #nextYear},
     * failed one of its hoisted loop checks (a {@code profile_predicate} trap) in the second to fifth summary
     * of a fresh JVM and had {@link #nextYear} compiled again there; four known digits need no loop.
     */
    static int fourDigits(CharSequence t, int at) {
        return (t.charAt(at) - '0') * 1000 + (t.charAt(at + 1) - '0') * 100 + (t.charAt(at + 2) - '0') * 10 + (t.charAt(at + 3) - '0');
    }

    /** End of the run of lower-case letters from {@code i}. */
    private static int lowerWordEnd(String t, int i) {
        int j = i;
        while (j < t.length() && Character.isLowerCase(t.charAt(j))) j++;
        return j < t.length() && Character.isLetterOrDigit(t.charAt(j)) ? i : j;
    }

    /** Start of the run of lower-case letters that ends at {@code end}. */
    private static int lowerWordStart(String t, int end) {
        int j = end;
        while (j > 0 && Character.isLowerCase(t.charAt(j - 1))) j--;
        return j > 0 && Character.isLetterOrDigit(t.charAt(j - 1)) ? end : j;
    }

    /**
     * Mentions joined when they may name one event: different articles, different years, shared
     * terms. The years each article writes are read only once some pair gets that far.
     */
    private static List<List<Dated>> groups(ClusterText text, List<Dated> ms, List<BitSet> yearsOf) {
        int n = ms.size();
        UnionFind groups = new UnionFind(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Dated a = ms.get(i), b = ms.get(j);
                int aa = a.sentence().article(), ba = b.sentence().article();
                if (aa == ba || a.year() == b.year()) continue;
                if (yearsOf.isEmpty()) yearsOf.addAll(yearsWritten(text));
                if (yearsOf.get(aa).get(b.year()) || yearsOf.get(ba).get(a.year())) continue;
                if (SharedWords.count(a.sentence(), b.sentence()) < SHARED) continue;
                groups.union(i, j);
            }
        }
        return groups.groups(ms);
    }

    /** A disagreement when the group's articles give at least two years, each article one. */
    private static Disagreement disagreement(ClusterText text, List<Dated> g) {
        Map<Integer, Dated> perArticle = new TreeMap<>();
        for (Dated d : g) {
            Dated prev = perArticle.putIfAbsent(d.sentence().article(), d);
            if (prev != null && prev.year() != d.year()) return null;
        }
        TreeMap<Integer, List<Dated>> byYear = new TreeMap<>();
        for (Dated d : perArticle.values()) byYear.computeIfAbsent(d.year(), k -> new ArrayList<>()).add(d);
        if (byYear.size() < 2) return null;
        List<Disagreement.Side> sides = new ArrayList<>();
        for (Map.Entry<Integer, List<Dated>> e : byYear.entrySet()) {
            List<Citation> cites = new ArrayList<>();
            for (Dated d : e.getValue()) cites.add(Citation.of(text, d.sentence().article(), d.start(), d.end()));
            sides.add(new Disagreement.Side(String.valueOf(e.getKey()), e.getValue().get(0).wording(), cites));
        }
        return new Disagreement(g.get(0).subject(), sides);
    }

    /** Per article, every year from 1600 to 2099 its text writes as four digits. */
    private static List<BitSet> yearsWritten(ClusterText text) {
        List<BitSet> out = new ArrayList<>();
        for (var article : text.articles()) {
            BitSet years = new BitSet();
            String t = article.text();
            for (int p = nextYear(t, 0); p >= 0; p = nextYear(t, p + 4)) years.set(fourDigits(t, p));
            out.add(years);
        }
        return out;
    }
}
