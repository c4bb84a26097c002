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
 * different ordinals, in sentences that share {@value Disagreements#CONTEXT_SHARED} terms, disagree,
 * unless either article also names the other's ordinal of it (it speaks of both).
 */
final class Ordinals {
    private static final Map<String, Integer> WORDS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);
    private static final Pattern NTH_OF = Pattern.compile(
            "\\b(?i:the)\\s+(?<n>\\d{1,3}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
                    + "\\s+(?<part>\\p{Ll}+)\\s+of\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?(?<whole>\\p{L}+)");

    private Ordinals() {
    }

    /** "the second line of the anthem" as read: which part, of what, where. */
    private record Nth(Sentence sentence, int n, String written, String key, int start, int end) {
    }

    static List<Disagreement> find(ClusterText text) {
        List<Nth> found = new ArrayList<>();
        for (Sentence s : text.sentences()) read(s, found);
        if (found.size() < 2) return List.of();
        Set<String> named = new HashSet<>(); // article, ordinal and part-of-whole of every one found
        for (Nth x : found) named.add(x.sentence().article() + "|" + x.n() + "|" + x.key());
        List<Disagreement> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                Nth a = found.get(i), b = found.get(j);
                if (a.sentence().article() == b.sentence().article() || a.n() == b.n() || !a.key().equals(b.key())) continue;
                if (named.contains(a.sentence().article() + "|" + b.n() + "|" + a.key())
                        || named.contains(b.sentence().article() + "|" + a.n() + "|" + b.key())) continue;
                if (Disagreements.sharedWords(a.sentence(), b.sentence()) < Disagreements.CONTEXT_SHARED) continue;
                out.add(WrittenEnds.disagreement("which " + a.key(), side(a, text), side(b, text)));
            }
        }
        return out;
    }

    private static void read(Sentence s, List<Nth> out) {
        String t = s.text();
        if (!t.contains(" of ")) return;
        Matcher m = NTH_OF.matcher(t);
        while (m.find()) {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            Integer value = WORDS.get(n);
            int nth = value != null ? value : Integer.parseInt(n.substring(0, n.length() - 2));
            String key = m.group("part") + " of the " + m.group("whole").toLowerCase(Locale.ROOT);
            out.add(new Nth(s, nth, n, key, s.start() + m.start("n"), s.start() + m.end()));
        }
    }

    private static WrittenEnds side(Nth x, ClusterText text) {
        return WrittenEnds.of(x.n(), x.written(), x.sentence().article(), x.start(), x.end(), text);
    }
}
