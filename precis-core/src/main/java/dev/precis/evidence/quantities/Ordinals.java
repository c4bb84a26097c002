package dev.precis.evidence.quantities;

import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.model.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which one of a whole's parts two articles name differently: "changing the second line of the anthem"
 * against "the third line of the anthem will change". Only the form "the Nth part of [the] whole" counts,
 * which names both the part and the whole; a bare ordinal ("the 17th floor", "his second term", "the 3rd
 * Circuit") is as often another thing of a series. Two articles that name one part of one whole with
 * different ordinals, in sentences that share {@value SameQuantity#CONTEXT_SHARED} terms, disagree,
 * unless either article also names the other's ordinal of it (it speaks of both).
 * <p>The same ordinal counted over different spans is a second form: "the third Model S fire in six
 * weeks" against "the third such incident in five weeks" date one event two ways, since a story counts
 * the third of its events once.
 */
final class Ordinals {
    private static final Map<String, Integer> WORDS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);
    private static final Pattern NTH_OF = Pattern.compile(
            "\\b(?i:the)\\s+(?<n>\\d{1,3}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
                    + "\\s+(?<part>\\p{Ll}+)\\s+of\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?(?<whole>\\p{L}+)");

    /** "the third Model S fire in six weeks": an ordinal, then within 60 characters the span it is counted over. */
    private static final Pattern NTH_IN = Pattern.compile(
            "\\b(?i:the)\\s+(?<n>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\\b[^.;:]{0,60}?"
                    + "\\b(?:in|within|over)\\s+(?:the\\s+(?:last|past)\\s+)?(?<count>\\d{1,3}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
                    + "\\s+(?<unit>(?i:days?|weeks?|months?|years?|decades?))\\b");

    private Ordinals() {
    }

    /**
     * "the second line of the anthem" as read: its number (the ordinal; for a span, the span's count),
     * as written, what it is of (for a span, the ordinal and the span's unit), where.
     */
    private record Nth(Sentence sentence, int n, String written, String key, int start, int end) {
    }

    static List<Disagreement> find(ClusterText text) {
        List<Nth> found = new ArrayList<>();
        List<Nth> spans = new ArrayList<>();
        for (Sentence s : text.sentences()) read(s, found, spans);
        List<Disagreement> out = new ArrayList<>(spans(spans, text));
        if (found.size() < 2) return out;
        Set<String> named = new HashSet<>(); // article, ordinal and part-of-whole of every one found
        for (Nth x : found) named.add(x.sentence().article() + "|" + x.n() + "|" + x.key());
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                Nth a = found.get(i), b = found.get(j);
                if (a.sentence().article() == b.sentence().article() || a.n() == b.n() || !a.key().equals(b.key())) continue;
                if (named.contains(a.sentence().article() + "|" + b.n() + "|" + a.key())
                        || named.contains(b.sentence().article() + "|" + a.n() + "|" + b.key())) continue;
                if (SharedWords.count(a.sentence(), b.sentence()) < SameQuantity.CONTEXT_SHARED) continue;
                out.add(WrittenEnds.disagreement("which " + a.key(), side(a, text), side(b, text)));
            }
        }
        return out;
    }

    /** Spans of one ordinal ({@code key}: the ordinal and the span's unit) that two articles give differently. */
    private static List<Disagreement> spans(List<Nth> spans, ClusterText text) {
        List<Disagreement> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                Nth a = spans.get(i), b = spans.get(j);
                if (a.sentence().article() == b.sentence().article() || a.n() == b.n() || !a.key().equals(b.key())) continue;
                out.add(WrittenEnds.disagreement("span of the " + a.key(), side(a, text), side(b, text)));
            }
        }
        return out;
    }

    /**
     * Both forms open on "the" and an ordinal, which few sentences hold: the regexes run only where a
     * "the " is followed by an ordinal's first letters, never over the whole sentence.
     */
    private static void read(Sentence s, List<Nth> out, List<Nth> spans) {
        String t = s.text();
        Matcher of = null, in = null;
        for (int at = nextThe(t, 0); at >= 0; at = nextThe(t, at + 4)) {
            if (!ordinalAt(t, at + 4)) continue;
            if (of == null) {
                of = NTH_OF.matcher(t);
                in = NTH_IN.matcher(t);
            }
            if (of.region(at, t.length()).lookingAt()) add(s, of, out);
            if (in.region(at, t.length()).lookingAt()) addSpan(s, in, spans);
        }
    }

    /** The next "the " or "The " at a word start from {@code from}; -1 when none. */
    private static int nextThe(String t, int from) {
        for (int at = from; (at = t.indexOf("he ", at)) >= 0; at += 3) {
            if (at == 0 || t.charAt(at - 1) != 't' && t.charAt(at - 1) != 'T') continue;
            if (at == 1 || !Character.isLetterOrDigit(t.charAt(at - 2))) return at - 1;
        }
        return -1;
    }

    /** A digit or an ordinal word's first two letters at {@code at}: "fi"rst, "se"cond, "th"ird ... "te"nth. */
    private static boolean ordinalAt(String t, int at) {
        if (at + 1 >= t.length()) return false;
        char c = Character.toLowerCase(t.charAt(at)), d = Character.toLowerCase(t.charAt(at + 1));
        if (Character.isDigit(c)) return true;
        return c == 'f' && (d == 'i' || d == 'o') || c == 's' && (d == 'e' || d == 'i') || c == 't' && (d == 'h' || d == 'e')
                || c == 'e' && d == 'i' || c == 'n' && d == 'i';
    }

    private static void add(Sentence s, Matcher m, List<Nth> out) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        Integer value = WORDS.get(n);
        int nth = value != null ? value : Integer.parseInt(n.substring(0, n.length() - 2));
        String key = m.group("part") + " of the " + m.group("whole").toLowerCase(Locale.ROOT);
        out.add(new Nth(s, nth, n, key, s.start() + m.start("n"), s.start() + m.end()));
    }

    /** "the third ... in six weeks": {@code n} is the span's count, the key the ordinal and the span's unit. */
    private static void addSpan(Sentence s, Matcher m, List<Nth> out) {
        String count = m.group("count").toLowerCase(Locale.ROOT);
        int n = (int) (Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : NumberWords.value(count, null));
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String key = m.group("n").toLowerCase(Locale.ROOT) + " (" + (unit.endsWith("s") ? unit : unit + "s") + ")";
        out.add(new Nth(s, n, s.text().substring(m.start("count"), m.end("unit")), key, s.start() + m.start(), s.start() + m.end()));
    }

    private static WrittenEnds side(Nth x, ClusterText text) {
        return WrittenEnds.of(x.n(), x.written(), x.sentence().article(), x.start(), x.end(), text);
    }
}
