package dev.precis.evidence.dates;

import dev.precis.evidence.quantities.Disagreements;
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

    private static final String YEAR = "(?<year>(?:1[6-9]|20)\\d\\d)(?![-–/]\\d|\\d)";
    private static final Pattern BEFORE = Pattern.compile("\\b[Tt]he " + YEAR + " (?<noun>\\p{Ll}+)\\b");
    private static final Pattern AFTER = Pattern.compile("\\b(?<noun>\\p{Ll}+) (?:in|of) " + YEAR);

    private EventYears() {
    }

    /** One year given to an event, and where. */
    private record Dated(Sentence sentence, String noun, int year, int start, int end, String wording) {
    }

    static List<Disagreement> find(ClusterText text) {
        Map<String, List<Dated>> byEvent = new LinkedHashMap<>();
        for (Sentence s : text.sentences()) {
            if (!hasYear(s.text())) continue;
            collect(s, BEFORE.matcher(s.text()), byEvent);
            collect(s, AFTER.matcher(s.text()), byEvent);
        }
        if (byEvent.isEmpty()) return List.of();
        List<BitSet> yearsOf = null;
        List<Disagreement> out = new ArrayList<>();
        for (List<Dated> ms : byEvent.values()) {
            if (ms.size() < 2) continue;
            if (yearsOf == null) yearsOf = yearsWritten(text);
            for (List<Dated> g : groups(ms, yearsOf)) {
                Disagreement d = disagreement(text, g);
                if (d != null) out.add(d);
            }
        }
        return out;
    }

    private static void collect(Sentence s, Matcher m, Map<String, List<Dated>> byEvent) {
        while (m.find()) {
            String noun = m.group("noun");
            if (noun.endsWith("ed")) continue;
            List<String> terms = Tokens.terms(noun);
            if (terms.size() != 1) continue; // a function word ("the 2016 and 2017 seasons")
            byEvent.computeIfAbsent(terms.get(0), k -> new ArrayList<>()).add(new Dated(s, noun,
                    Integer.parseInt(m.group("year")), s.start() + m.start(), s.start() + m.end(), m.group()));
        }
    }

    /** Mentions joined when they may name one event: different articles, different years, shared terms. */
    private static List<List<Dated>> groups(List<Dated> ms, List<BitSet> yearsOf) {
        int n = ms.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Dated a = ms.get(i), b = ms.get(j);
                int aa = a.sentence().article(), ba = b.sentence().article();
                if (aa == ba || a.year() == b.year()) continue;
                if (yearsOf.get(aa).get(b.year()) || yearsOf.get(ba).get(a.year())) continue;
                if (Disagreements.sharedWords(a.sentence(), b.sentence()) < SHARED) continue;
                parent[root(parent, i)] = root(parent, j);
            }
        }
        Map<Integer, List<Dated>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(ms.get(i));
        return new ArrayList<>(groups.values());
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
            for (Dated d : e.getValue()) {
                int a = d.sentence().article();
                cites.add(new Citation(a, text.articles().get(a).id(), d.start(), d.end()));
            }
            sides.add(new Disagreement.Side(String.valueOf(e.getKey()), e.getValue().get(0).wording(), cites));
        }
        return new Disagreement("year of the " + g.get(0).noun(), sides);
    }

    /** Per article, every year from 1600 to 2099 its text writes as four digits. */
    private static List<BitSet> yearsWritten(ClusterText text) {
        List<BitSet> out = new ArrayList<>();
        Matcher m = ANY_YEAR.matcher("");
        for (var article : text.articles()) {
            BitSet years = new BitSet();
            m.reset(article.text());
            while (m.find()) years.set(Integer.parseInt(m.group()));
            out.add(years);
        }
        return out;
    }

    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(?:1[6-9]|20)\\d\\d(?!\\d)");

    /** Four digits in a row: most sentences have none, and they skip both patterns. */
    private static boolean hasYear(String t) {
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = Character.isDigit(t.charAt(i)) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    private static int root(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }
}
