package dev.precis.evidence.quantities;

import dev.precis.lexicon.Lexicon;
import dev.precis.groups.UnionFind;
import dev.precis.evidence.dates.DateDisagreements;

import dev.precis.evidence.quantities.Quantities.Mention;
import dev.precis.evidence.quantities.Quantities.Qualifier;
import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.quantities.Anchors.anchors;
import static dev.precis.evidence.quantities.Anchors.capitalArticleFrequency;
import static dev.precis.evidence.quantities.EventWords.EVENT_CLASS;
import static dev.precis.evidence.quantities.EventWords.context;

/**
 * The same quantity reported differently by different articles. Two mentions from different
 * articles are about the same fact when they count the same thing (same unit class and noun
 * family: "civilians" and "people" may be the same dead, "children" and "people" are not; same
 * scope: one event vs the overall toll; both main-clause or both in a relative clause, "a strike
 * that killed 20"), they name no conflicting specific places (rare capitalised words) or weekdays,
 * and each is the other's best such match in its article. Scope separates tolls only: "so far"
 * elsewhere in a sentence does not make a count of passengers cumulative.
 * <p>The event: the few words next to each number inside its clause ({@link EventWords#context}: "was
 * carrying about 250 passengers", "licensed for 280 passengers") say what happened to what is
 * counted. A count other than a toll (killed, injured, missing) needs the same event word by both
 * numbers, or, when either has none, sentences that align or share {@value #CONTEXT_SHARED}
 * terms; two different event words are two facts whatever else the sentences share.
 * <p>Values within a factor of {@value #MAX_RATIO} may be one fact; up to {@value #WIDE_RATIO}
 * ("about 200" and "more than 500" protesters) only for counts of people or known things (not
 * sums, percentages, rates or unknown nouns), with the same noun, sentences that share words, and
 * an event word of one class ("injured"/"wounded") or two shared words by both numbers. Matched
 * mentions are joined; a group whose values are not {@link #compatible} (rounding allowed:
 * "more than 300,000" agrees with "312,000", never by more than {@value #ROUNDING_SHARE} of the
 * round figure) is a disagreement, with one side per value citing every article that gives it.
 * Precision first: a generic unit, a percentage without "of whom", a count under {@value #SMALL},
 * or mismatched clause structure needs the sentences themselves to align; for a small toll, the same
 * day and the same named place stand in for that ("an explosion killed two ... in the city of Aleppo"
 * on Sunday, "a car bomb ... of Aleppo killed at least three people on Sunday"), where a sentence too
 * short to say when is about the day of the sentence before it. Lengths compare in metres, weights in
 * kilograms, whatever unit they were written in. Two forms that are no mentions are read apart: the
 * ends of a range ({@link Ranges}) and which part of a whole an ordinal names ({@link Ordinals}).
 * Dates are compared by {@link DateDisagreements}.
 */
public final class Disagreements {
    /** Values further apart than this factor are different facts, not different reports of one. */
    static final double MAX_RATIO = 1.4;
    /** Counts below this are everywhere (two children, three strikes): they need aligned sentences. */
    static final double SMALL = 10;
    /** Cosine at which two sentences are clearly about the same thing. */
    static final double ALIGNED = 0.30;
    /** Shared non-number terms (the counted noun included) that other counts than deaths need. */
    static final int CONTEXT_SHARED = 3;
    /**
     * Values up to this factor apart may still be one fact reported very differently ("about 200"
     * and "more than 500" protesters), but only with the same counted noun and the same event
     * word next to both numbers ({@link EventWords#context}).
     */
    static final double WIDE_RATIO = 3.0;
    /** Counts of an unknown noun below this ("16-point margin") need aligned sentences, whatever their context. */
    static final double UNKNOWN_MIN = 100;
    /** The largest share of a figure that the precision it is written with may hide ("about 2 million" holds 2.4 million). */
    static final double WRITTEN_SHARE = 0.25;
    /** Lengths written in two units may differ by this share: one was converted from the other and rounded. */
    static final double CONVERTED_SHARE = 0.001;
    /** The largest share of a round figure that rounding may hide. */
    static final double ROUNDING_SHARE = 0.10;

    /** A sentence this short leans on the one before it for when it happened. */
    static final int SHORT_SENTENCE = 8;

    private static final Pattern DAY = Pattern.compile(
            "\\b(?:" + Lexicon.alternation(Lexicon.capitalised(Lexicon.WEEKDAYS)) + "|yesterday|today)\\b");

    private Disagreements() {
    }

    public static List<Disagreement> find(ClusterText text, TermVectors v) {
        List<Disagreement> read = new ArrayList<>(Ranges.find(text)); // forms that are no quantity mentions
        read.addAll(Ordinals.find(text));
        List<Mention> mentions = Quantities.find(text);
        if (mentions.size() < 2) return read;
        int[][] best = bestPartners(mentions, text, v);
        List<Disagreement> out = new ArrayList<>();
        for (List<Integer> g : mutualGroups(mentions, best)) {
            if (g.size() >= 2 && inConflict(mentions, g)) out.add(disagreement(mentions, g, text));
        }
        out.addAll(read);
        out.sort(Comparator.comparingInt((Disagreement d) -> -d.sides().stream().mapToInt(x -> x.citations().size()).sum())
                .thenComparingInt(d -> d.sides().get(0).citation().article())
                .thenComparingInt(d -> d.sides().get(0).citation().start()));
        return out;
    }

    /**
     * For each mention and each other article, the index of that article's best comparable mention by
     * score (-1 when none; on a tie, the lowest index). Only mentions of one unit can be comparable,
     * so pairs are drawn within each unit: a big cluster's mentions fall into many units, and the
     * all-pairs loop had spent most of its time on pairs of different units.
     */
    private static int[][] bestPartners(List<Mention> mentions, ClusterText text, TermVectors v) {
        int n = mentions.size();
        Pairing p = new Pairing(mentions, text, v);
        int[][] best = new int[n][text.articles().size()];
        double[][] bestScore = new double[n][text.articles().size()];
        for (int[] row : best) java.util.Arrays.fill(row, -1);
        for (int[] same : byUnit(mentions)) {
            for (int x = 0; x < same.length; x++) pairRow(p, same, x, best, bestScore);
        }
        return best;
    }

    /**
     * Weighs mention {@code same[x]} against the later mentions of its unit. Pairs come in the order
     * of the all-pairs loop with the other units left out, so ties still go to the earliest.
     */
    private static void pairRow(Pairing p, int[] same, int x, int[][] best, double[][] bestScore) {
        int i = same[x], aa = p.article[i];
        for (int y = x + 1; y < same.length; y++) {
            int j = same[y];
            if (aa == p.article[j]) continue;
            double s = pairScore(p, i, j);
            if (s <= 0) continue;
            int ba = p.article[j];
            if (s > bestScore[i][ba]) {
                bestScore[i][ba] = s;
                best[i][ba] = j;
            }
            if (s > bestScore[j][aa]) {
                bestScore[j][aa] = s;
                best[j][aa] = i;
            }
        }
    }

    /** Mention indices grouped by unit, each group in increasing order. */
    private static java.util.Collection<int[]> byUnit(List<Mention> mentions) {
        Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) groups.computeIfAbsent(mentions.get(i).unit(), k -> new ArrayList<>()).add(i);
        List<int[]> out = new ArrayList<>(groups.size());
        for (List<Integer> g : groups.values()) out.add(g.stream().mapToInt(Integer::intValue).toArray());
        return out;
    }

    /**
     * What the pair scores read about each mention, found once: its article, its sentence's anchors
     * and day (shared by the mentions of one sentence, which a sentence of figures has several of),
     * the mentions of each sentence, and the event words found so far.
     */
    private static final class Pairing {
        final List<Mention> mentions;
        final TermVectors v;
        final int[] article;
        final List<Set<String>> anchors;
        final List<String> days;
        final Map<Integer, List<Integer>> bySentence = new HashMap<>();
        /** Each mention's {@link Ties#soleMeasure}, read once: the pair loop asks for it at every pair. */
        final String[] measures;
        /** The mentions of each {@link Ties#soleMeasure} in each article: few clusters weigh or price anything. */
        final Map<String, List<Integer>> measuresByArticle = new HashMap<>();
        final List<Set<String>> contexts;

        Pairing(List<Mention> mentions, ClusterText text, TermVectors v) {
            this.mentions = mentions;
            this.v = v;
            int n = mentions.size();
            Map<String, int[]> capitalDf = capitalArticleFrequency(text);
            int articles = Math.max(1, text.contributingArticles());
            article = new int[n];
            measures = new String[n];
            anchors = new ArrayList<>(n);
            days = new ArrayList<>(n);
            Map<Integer, Set<String>> anchorsOf = new HashMap<>();
            Map<Integer, String> dayOf = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Sentence s = mentions.get(i).sentence();
                article[i] = s.article();
                anchors.add(anchorsOf.computeIfAbsent(s.id(), k -> anchors(s, capitalDf, articles)));
                days.add(dayOf.computeIfAbsent(s.id(), k -> day(s, text)));
                bySentence.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(i);
                measures[i] = Ties.soleMeasure(mentions.get(i));
                if (measures[i] != null) measuresByArticle.computeIfAbsent(Ties.measureKey(measures[i], mentions.get(i)), k -> new ArrayList<>()).add(i);
            }
            contexts = new ArrayList<>(java.util.Collections.nCopies(n, (Set<String>) null));
        }
    }

    /** How strongly mentions i and j of different articles report one quantity; 0 when they cannot. */
    private static double pairScore(Pairing p, int i, int j) {
        List<Mention> mentions = p.mentions;
        Mention a = mentions.get(i), b = mentions.get(j);
        if (!comparable(a, b)) return 0;
        // a sentence that also gives the other report's figure is about two things, one of them agreeing
        if (agreesElsewhere(mentions, p.bySentence, i, j) || agreesElsewhere(mentions, p.bySentence, j, i)) return 0;
        if (AttackerDeath.mayCountTheAttacker(a, b)) return 0;
        // what the score rejects first, before the ties read the sentences
        if (placeOrDayDiffer(p.anchors.get(i), p.anchors.get(j), p.days.get(i), p.days.get(j))) return 0;
        boolean tied = Ties.sameReferencePlace(a, b) || Ties.closePreciseLengths(a, b)
                || Ties.parallel(mentions, i, j, p.bySentence, p.contexts)
                || Ties.samePopulations(mentions, i, j, p.bySentence)
                && sharedWords(a.sentence(), b.sentence()) >= CONTEXT_SHARED
                || Ties.soleMeasures(mentions, p.measures, i, j, p.measuresByArticle);
        return score(a, b, p.anchors.get(i), p.anchors.get(j), p.days.get(i), p.days.get(j), p.v, p.contexts, i, j, tied);
    }

    /** Mentions joined when each is the other's best partner in its article, transitively. */
    private static List<List<Integer>> mutualGroups(List<Mention> mentions, int[][] best) {
        UnionFind groups = new UnionFind(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            for (int j : best[i]) {
                if (j < 0) continue;
                int back = best[j][mentions.get(i).sentence().article()];
                if (back == i) groups.union(i, j);
            }
        }
        return groups.groups();
    }

    private static boolean inConflict(List<Mention> mentions, List<Integer> g) {
        for (int x = 0; x < g.size(); x++) {
            for (int y = x + 1; y < g.size(); y++) {
                if (!compatible(mentions.get(g.get(x)), mentions.get(g.get(y)))) return true;
            }
        }
        return false;
    }

    /** One side per distinct value, citing every article that gives it, in order of value. */
    private static Disagreement disagreement(List<Mention> mentions, List<Integer> g, ClusterText text) {
        g.sort(Comparator.comparingDouble((Integer i) -> mentions.get(i).value())
                .thenComparingInt(i -> mentions.get(i).sentence().article()));
        Map<Double, List<Mention>> byValue = new java.util.LinkedHashMap<>();
        for (int i : g) byValue.computeIfAbsent(mentions.get(i).value(), k -> new ArrayList<>()).add(mentions.get(i));
        List<Disagreement.Side> sides = new ArrayList<>();
        for (List<Mention> same : byValue.values()) {
            List<Citation> cites = new ArrayList<>();
            for (Mention m : same) {
                cites.add(new Citation(m.sentence().article(), text.articles().get(m.sentence().article()).id(), m.start(), m.end()));
            }
            sides.add(new Disagreement.Side(same.get(0).number(), same.get(0).wording(), cites));
        }
        return new Disagreement(subject(g.stream().map(mentions::get).toList()), sides);
    }

    /**
     * The weekday (or "today", "yesterday") a sentence names; a sentence of at most {@value #SHORT_SENTENCE}
     * words that names none ("At least three people were killed.") is about the day of the sentence
     * before it in its article. Empty when none is named.
     */
    static String day(Sentence s, ClusterText text) {
        String own = dayNamed(s.text());
        if (!own.isEmpty()) return own;
        if (s.position() == 0 || s.wordCount() > SHORT_SENTENCE) return "";
        Sentence before = text.sentences().get(s.id() - 1);
        if (before.article() != s.article()) return "";
        return dayNamed(before.text());
    }

    /** The first day {@link #DAY} finds in {@code t}, lower-cased; empty when none (every one ends in "day"). */
    private static String dayNamed(String t) {
        if (!t.contains("day")) return "";
        Matcher d = DAY.matcher(t);
        return d.find() ? d.group().toLowerCase(Locale.ROOT) : "";
    }

    /**
     * The cheap tests every scored pair passes: one unit and scope, one counted thing, positive values
     * within {@value #WIDE_RATIO} of each other. Most pairs of a big cluster fail them, so they run
     * before anything that reads the sentences.
     */
    static boolean comparable(Mention a, Mention b) {
        if (!a.unit().equals(b.unit())) return false;
        // the overall toll and one event's toll are two facts; "so far" elsewhere in a sentence does not
        // make a count of passengers or of dollars cumulative
        if (isToll(a.unit()) && a.scope() != b.scope()) return false;
        if (!sameCountedThing(a, b)) return false;
        if (a.value() <= 0 || b.value() <= 0) return false;
        return Math.max(a.value(), b.value()) / Math.min(a.value(), b.value()) < WIDE_RATIO;
    }

    /** How strongly two mentions look like reports of one fact; 0 when they cannot be. */
    static double score(Mention a, Mention b, Set<String> anchorsA, Set<String> anchorsB, String dayA, String dayB,
                        TermVectors v, List<Set<String>> contexts, int i, int j) {
        return score(a, b, anchorsA, anchorsB, dayA, dayB, v, contexts, i, j, false);
    }

    /**
     * As above; {@code tied}: the two mentions are pinned to one quantity by {@link Ties} (the same
     * distance from the same named place; parallel sentences), which stands in for aligned sentences
     * and lets a sum or a distance differ up to {@value #WIDE_RATIO}.
     */
    static double score(Mention a, Mention b, Set<String> anchorsA, Set<String> anchorsB, String dayA, String dayB,
                        TermVectors v, List<Set<String>> contexts, int i, int j, boolean tied) {
        if (!comparable(a, b)) return 0;
        double ratio = Math.max(a.value(), b.value()) / Math.min(a.value(), b.value());
        if (placeOrDayDiffer(anchorsA, anchorsB, dayA, dayB)) return 0;
        boolean toll = isToll(a.unit());
        boolean sameNoun = a.noun().equals(b.noun()) || toll;
        boolean far = ratio > MAX_RATIO && !adjacentSmall(a, b);
        if (!tied && far && (!sameNoun || a.embedded() != b.embedded() || !a.known() || !wideUnit(a.unit())
                || Math.min(a.value(), b.value()) < SMALL)) return 0; // cheap tests before the contexts
        if (!Bounds.sameCurrency(a, b) || Bounds.partAndTotal(a, b)) return 0; // after the cheap tests: they read the sentences
        if (isToll(a.unit()) && Bounds.differentPlaces(a, b)) return 0;
        Set<String> ctxA = context(a, contexts, i), ctxB = context(b, contexts, j);
        boolean sameEvent = !disjoint(ctxA, ctxB);
        boolean otherEvent = !ctxA.isEmpty() && !ctxB.isEmpty() && !sameEvent;
        double cos = v.cosine(a.sentence().id(), b.sentence().id());
        if (tied) {
            double score = Math.max(cos, ALIGNED) + 0.2;
            if (a.qualifier() == b.qualifier()) score += 0.2;
            return Math.max(score - 0.1 * Math.log(ratio), 1e-6);
        }
        if (far) {
            // far apart: only counts of people or of known things (never sums, percentages, unknown
            // units or small counts), with the same noun, the same clause structure, sentences that
            // share words, and the same event by both numbers: a word of one event class ("injured",
            // "wounded") or two shared words ("gathered outside city hall")
            if (!sameNoun || a.embedded() != b.embedded() || !a.known() || !wideUnit(a.unit())
                    || Math.min(a.value(), b.value()) < SMALL) return 0;
            if (sharedWords(a.sentence(), b.sentence()) < 2) return 0;
            int shared = 0;
            boolean classed = false;
            for (String w : ctxA) {
                if (!ctxB.contains(w)) continue;
                shared++;
                classed |= EVENT_CLASS.containsValue(w);
            }
            if (!classed && shared < 2) return 0;
        }
        // the same noun and the same event word make an unknown unit ("42,000 fans" seated) comparable
        boolean eventMatch = sameEvent && sameNoun && Math.max(a.value(), b.value()) >= SMALL
                && (toll || !a.noun().isEmpty()) && !a.unit().startsWith("percent") && !a.unit().startsWith("money")
                && (a.known() || Math.min(a.value(), b.value()) >= UNKNOWN_MIN);
        boolean needsAlignment = !a.known() || a.embedded() != b.embedded()
                || Math.max(a.value(), b.value()) < SMALL
                || a.unit().equals("percent") && a.noun().isEmpty();
        if (needsAlignment && cos < ALIGNED && !(eventMatch && a.embedded() == b.embedded())
                && !(toll && !dayA.isEmpty() && dayA.equals(dayB) && Ties.samePlaceNamed(a, b))) return 0;
        // a sum or a share is rarely the same fact unless the sentences say the same thing
        if ((a.unit().startsWith("money") || a.unit().startsWith("percent")) && cos < ALIGNED) return 0;
        // a toll says what happened; any other count needs the same event word next to both numbers,
        // or (when either has none) a shared predicate or place; different event words
        // ("carrying 250 passengers", "licensed for 280 passengers") are different facts
        if (!toll) {
            if (otherEvent) return 0;
            if (!eventMatch && cos < ALIGNED && sharedWords(a.sentence(), b.sentence()) < CONTEXT_SHARED) return 0;
        }
        double score = cos;
        if (a.qualifier() == b.qualifier()) score += 0.2;
        if (!anchorsA.isEmpty() && !disjoint(anchorsA, anchorsB)) score += 0.2;
        if (sameEvent) score += 0.2;
        score -= 0.1 * Math.log(ratio);
        return Math.max(score, 1e-6);
    }

    /** The two sentences name specific places and none in common, or different days: two facts. */
    private static boolean placeOrDayDiffer(Set<String> anchorsA, Set<String> anchorsB, String dayA, String dayB) {
        return !anchorsA.isEmpty() && !anchorsB.isEmpty() && disjoint(anchorsA, anchorsB)
                || !dayA.isEmpty() && !dayB.isEmpty() && !dayA.equals(dayB);
    }

    /**
     * Two small whole counts one apart ("killed two" and "killed at least three"): their ratio says
     * nothing about how far apart the reports are, so they are not held to {@value #MAX_RATIO}; being
     * small, they still need aligned sentences.
     */
    static boolean adjacentSmall(Mention a, Mention b) {
        double hi = Math.max(a.value(), b.value()), lo = Math.min(a.value(), b.value());
        return hi < SMALL && hi - lo == 1 && lo == Math.rint(lo) && hi == Math.rint(hi);
    }

    /**
     * The sentence of mention {@code i} gives, besides it, another figure of the same unit that agrees
     * with mention {@code j}: "the 1899 heist — $30,000 ... — matches the coins found, which were nearly
     * $30,000" against "$27,000" is no clash.
     */
    static boolean agreesElsewhere(List<Mention> mentions, Map<Integer, List<Integer>> bySentence, int i, int j) {
        Mention a = mentions.get(i), b = mentions.get(j);
        if (compatible(a, b)) return false;
        for (int k : bySentence.get(a.sentence().id())) {
            Mention o = mentions.get(k);
            if (k != i && o.unit().equals(b.unit()) && compatible(o, b)) return true;
        }
        return false;
    }

    /** Units whose reports may differ by more than {@value #MAX_RATIO}: people and counted things, not sums, shares or measures. */
    private static boolean wideUnit(String unit) {
        return !unit.equals("money") && !unit.startsWith("percent") && !unit.endsWith(" per") && !unit.equals("distance")
                && !unit.equals("vote") && !unit.equals("ton") && !unit.equals("weight");
    }

    private static boolean isToll(String unit) {
        return unit.equals("deaths") || unit.equals("injured") || unit.equals("missing");
    }

    /**
     * People: the same noun, or both broad ("civilians" and "people" may count the same dead;
     * "children" and "people" do not). Percentages: of the same population ("percent of men"),
     * else their sentences must align.
     */
    private static boolean sameCountedThing(Mention a, Mention b) {
        if (a.unit().equals("people") || isToll(a.unit())) {
            return a.noun().equals(b.noun())
                    || Quantities.BROAD_PERSONS.contains(a.noun()) && Quantities.BROAD_PERSONS.contains(b.noun());
        }
        if (a.unit().equals("percent")) return a.noun().equals(b.noun());
        return true;
    }

    /**
     * Same value, or one is a round figure (at least 100, a multiple of 100) that the other rounds
     * to: "300,000" and "312,000", "$1 billion" and "$1.09 billion", "more than 5,000" and
     * "about 5,200" agree; "300,000" and "400,000", "2,000" and "2,500" do not. Qualifiers never
     * make two different precise counts agree: "at least 12" and "at least 16" are two tolls.
     */
    static boolean compatible(Mention a, Mention b) {
        if (a.value() == b.value()) return true;
        double diff = Math.abs(a.value() - b.value());
        Leeway la = a.leeway(), lb = b.leeway();
        if (diff < la.rounding() || diff < lb.rounding()) return true;
        if (diff <= la.written() || diff <= lb.written()) return true; // "21%" and "21.3%"
        if (la.basePer() != lb.basePer() && diff <= CONVERTED_SHARE * Math.max(a.value(), b.value())) return true; // "8,027 meters (26,330 feet)"
        if (a.qualifier() == b.qualifier() && la.bound() && lb.bound()) return true; // two lower (or upper) bounds never clash
        return Bounds.holds(a, b) || Bounds.holds(b, a);
    }

    private static String subject(List<Mention> ms) {
        Mention m = ms.get(0);
        if (m.unit().endsWith(" per")) {
            Mention base = new Mention(m.sentence(), m.value(), m.number(), m.qualifier(),
                    m.unit().substring(0, m.unit().length() - 4), m.noun(), m.known(), m.scope(), m.embedded(),
                    m.start(), m.end(), m.wording());
            return subject(List.of(base)) + " (rate)";
        }
        if (m.unit().equals("deaths")) {
            return m.scope() == Quantities.Scope.OVERALL ? "overall death toll" : counted(m) + " killed";
        }
        if (m.unit().equals("injured")) return counted(m) + " injured";
        if (m.unit().equals("missing")) return counted(m) + " missing";
        if (m.unit().equals("people")) return "number of people";
        if (m.unit().equals("percent")) return "percentage";
        if (m.unit().equals("money")) return "starting price".equals(Ties.soleMeasure(m)) ? "starting price" : "sum";
        if (m.unit().equals("distance")) return "distance";
        if (m.unit().equals("weight")) return "weight";
        String u = m.unit();
        return "number of " + (u.endsWith("y") ? u.substring(0, u.length() - 1) + "ies" : u.endsWith("s") ? u : u + "s");
    }

    /** Who a toll counts: its own noun when that is a group ("children injured"), else "people". */
    private static String counted(Mention m) {
        return Quantities.BROAD_PERSONS.contains(m.noun()) || !m.noun().matches("\\p{Ll}+") ? "people" : m.noun();
    }

    public static int sharedWords(Sentence a, Sentence b) {
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (String t : a.terms()) {
            if (!seen.add(t) || t.chars().anyMatch(Character::isDigit)) continue;
            if (b.terms().contains(t)) n++;
        }
        return n;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return false;
        return true;
    }
}
