package dev.precis.evidence.quantities;

import dev.precis.evidence.quantities.Quantities.Mention;
import dev.precis.lexicon.Lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two mentions from different articles that the wording itself pins to one quantity, where the
 * sentences are too different for their term vectors to align:
 * <ul>
 * <li>the same distance from the same named place, said of the same named thing: "Area 51, about
 * 125 miles northwest of Las Vegas" and "Area 51, the remote desert base 90 miles north of Las
 * Vegas" (the direction may be given more or less finely);</li>
 * <li>parallel sentences: each sentence gives one more figure of the same kind, and the two give
 * that other figure alike, on the same side, while the words by the two mentions share at least
 * {@value #PARALLEL_WORDS} event words: "$3 million in sales and about $500,000 in tax revenue" and
 * "about $3 million in sales and ... about $1 million in tax revenue";</li>
 * <li>shares of the same two named populations, each sentence giving one of each: "70 per cent of
 * men and 25 per cent of women" and "86 percent of men but only around 20 percent of women";</li>
 * <li>the one weight or starting price each article gives: a story seldom weighs or prices two things,
 * so "It weighs 17 pounds" and "The 18.6-pound Horizon 27 is just plain big" weigh one computer, and
 * "Its cheapest configuration starts at $1000" and "will start at $1,699" price it.</li>
 * </ul>
 */
public final class Ties {
    static final int PARALLEL_WORDS = 2;

    private static final Pattern FROM_PLACE = Pattern.compile(
            "^\\s*(?:(?:due\\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west"
                    + "|south-east|south-west)(?:ward|erly)?\\s+)?(?:of|from|outside(?:\\s+of)?)\\s+(?:downtown\\s+|central\\s+|the\\s+)?"
                    + "(?<place>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)");
    /** Right before a sum: "starts at", "will start at", "starting at", "priced from". */
    private static final Pattern STARTS_AT = Pattern.compile(
            "\\b(?:start(?:s|ing)?\\s+at|priced\\s+(?:from|at)|prices\\s+start\\s+at)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITAL = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]+");
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "in", "on", "at", "it", "its", "he", "she", "they", "but", "and", "this", "that",
            "there", "when", "while", "after", "before", "according", "some", "more", "are", "is", "we", "i");

    private Ties() {
    }

    /** Both are distances from one named place, in sentences that share another name (the thing located). */
    static boolean sameReferencePlace(Mention a, Mention b) {
        if (!a.unit().equals("distance") || !b.unit().equals("distance")) return false;
        String pa = place(a), pb = place(b);
        if (pa == null || !pa.equals(pb)) return false;
        Set<String> na = names(a.sentence().text()), nb = names(b.sentence().text());
        Set<String> placeWords = Set.of(pa.split(" "));
        na.removeAll(placeWords);
        for (String w : na) if (nb.contains(w)) return true;
        return false;
    }

    private static String place(Mention m) {
        Matcher p = FROM_PLACE.matcher(m.after());
        return p.find() ? p.group("place").toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "") : null;
    }

    private static Set<String> names(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = CAPITAL.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!NOT_NAMES.contains(w)) out.add(w);
        }
        return out;
    }

    /**
     * Mentions {@code i} and {@code j} stand in parallel sentences: each sentence has one other
     * mention of their unit, those two agree exactly and stand on the same side, and the words by
     * {@code i} and {@code j} share {@value #PARALLEL_WORDS} event words.
     */
    static boolean parallel(List<Mention> mentions, int i, int j, Map<Integer, List<Integer>> bySentence,
                            List<Set<String>> contexts) {
        Mention a = mentions.get(i), b = mentions.get(j);
        Mention x = other(mentions, bySentence.get(a.sentence().id()), i);
        Mention y = other(mentions, bySentence.get(b.sentence().id()), j);
        if (x == null || y == null || x.value() != y.value()) return false;
        if (x.value() == a.value() || x.value() == b.value()) return false;
        if ((x.start() < a.start()) != (y.start() < b.start())) return false;
        Set<String> ca = EventWords.context(a, contexts, i), cb = EventWords.context(b, contexts, j);
        int shared = 0;
        for (String w : ca) if (cb.contains(w)) shared++;
        return shared >= PARALLEL_WORDS;
    }

    /**
     * Mentions {@code i} and {@code j} are shares of one named population, each beside one share of a
     * second named population on the same side: "70 per cent of men and 25 per cent of women" and "86
     * percent of men but only around 20 percent of women" pair men with men and women with women,
     * whatever the figures.
     */
    static boolean samePopulations(List<Mention> mentions, int i, int j, Map<Integer, List<Integer>> bySentence) {
        Mention a = mentions.get(i), b = mentions.get(j);
        if (!a.unit().equals("percent") || a.noun().isEmpty() || !a.noun().equals(b.noun())) return false;
        Mention x = other(mentions, bySentence.get(a.sentence().id()), i);
        Mention y = other(mentions, bySentence.get(b.sentence().id()), j);
        if (x == null || y == null || x.noun().isEmpty() || !x.noun().equals(y.noun()) || x.noun().equals(a.noun())) return false;
        return (x.start() < a.start()) == (y.start() < b.start());
    }

    /**
     * Two lengths written to four or more figures, neither a round number, within this share of each
     * other: one measure reported differently ("the 8,027-meter mountain", "the 26,291-foot peak"),
     * since two different things are rarely measured that alike.
     */
    static final double CLOSE_LENGTHS = 0.01;

    /** See {@link #CLOSE_LENGTHS}. */
    static boolean closePreciseLengths(Mention a, Mention b) {
        if (!a.unit().equals("distance") || !b.unit().equals("distance")) return false;
        if (!precise(a) || !precise(b)) return false;
        return Math.abs(a.value() - b.value()) < CLOSE_LENGTHS * Math.min(a.value(), b.value());
    }

    /** At least 1,000 in the unit written, not ending in 0. */
    private static boolean precise(Mention m) {
        double written = Math.round(m.written());
        return written >= 1000 && written % 10 != 0;
    }

    /** "in Aleppo", "the city of Aleppo", "near Homs": a place a sentence names. */
    private static final Pattern PLACE_NAMED = Pattern.compile(
            "\\b(?:in|of|near|outside)\\s+(?:the\\s+)?(?<place>\\p{Lu}[\\p{L}'’-]+)");

    /**
     * Both sentences name one place after a place word ("in", "of", "near", "outside"; not a
     * month): with the same day, a toll there is one event's, however differently
     * the sentences are worded ("an explosion killed two ... in the northern city of Aleppo" on
     * Sunday, "a car bomb ... in Syria's second biggest city of Aleppo killed at least three" on Sunday).
     */
    static boolean samePlaceNamed(Mention a, Mention b) {
        Set<String> pa = placesNamed(a.sentence().text());
        if (pa.isEmpty()) return false;
        for (String p : placesNamed(b.sentence().text())) if (pa.contains(p)) return true;
        return false;
    }

    private static Set<String> placesNamed(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = PLACE_NAMED.matcher(text);
        while (m.find()) {
            String p = m.group("place").toLowerCase(Locale.ROOT);
            if (!NOT_NAMES.contains(p) && !Lexicon.CALENDAR.contains(p)) out.add(p);
        }
        return out;
    }

    /**
     * What a mention measures of the thing a story is about, when it measures something a story gives
     * of one thing only: a weight ("weighs 17 pounds", "the 18.6-pound Horizon"), or a starting price
     * ("starts at $1000", "will start at $1,699"); null for anything else.
     */
    static String soleMeasure(Mention m) {
        if (m.unit().equals("weight")) return "weight";
        if (!m.unit().equals("money")) return null;
        String t = m.sentence().text();
        int at = m.start() - m.sentence().start();
        return STARTS_AT.matcher(t.substring(Math.max(0, at - 24), at)).find() ? "starting price" : null;
    }

    /**
     * Mentions {@code i} and {@code j} give one {@link #soleMeasure} ({@code measures}: each mention's),
     * neither is a bound, and every such measure their articles give agrees with the article's own mention
     * ({@code byArticle}: the mentions of each measure, keyed by the measure and the article).
     */
    static boolean soleMeasures(List<Mention> mentions, String[] measures, int i, int j, Map<String, List<Integer>> byArticle) {
        String kind = measures[i];
        if (kind == null || !kind.equals(measures[j])) return false;
        // a bound ("more than 500 pounds of walrus ivory") says too little to pin one thing with
        if (Bounds.isBound(mentions.get(i)) || Bounds.isBound(mentions.get(j))) return false;
        return onlyOne(mentions, i, byArticle.get(measureKey(kind, mentions.get(i))))
                && onlyOne(mentions, j, byArticle.get(measureKey(kind, mentions.get(j))));
    }

    /** The key of {@code byArticle} in {@link #soleMeasures}. */
    static String measureKey(String kind, Mention m) {
        return kind + "@" + m.sentence().article();
    }

    private static boolean onlyOne(List<Mention> mentions, int i, List<Integer> sameMeasure) {
        for (int k : sameMeasure) {
            if (!Agreement.compatible(mentions.get(i), mentions.get(k))) return false;
        }
        return true;
    }

    /** The one other mention of the same unit in the sentence; null when none or several. */
    private static Mention other(List<Mention> mentions, List<Integer> inSentence, int self) {
        Mention found = null;
        String unit = mentions.get(self).unit();
        for (int k : inSentence) {
            if (k == self || !mentions.get(k).unit().equals(unit)) continue;
            if (found != null) return null;
            found = mentions.get(k);
        }
        return found;
    }
}
