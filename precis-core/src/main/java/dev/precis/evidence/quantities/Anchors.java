package dev.precis.evidence.quantities;

import dev.precis.lexicon.Lexicon;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence's specific places for {@link Disagreements}: capitalised words that few articles of
 * the cluster use. Two reports naming disjoint anchors are about different facts.
 */
public final class Anchors {
    /** The look-ahead only puts the cheap capital test before the look-behind; what matches is unchanged. */
    private static final Pattern CAPITAL = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]+");
    private static final Set<String> NOT_ANCHORS = Lexicon.union(Lexicon.CALENDAR, Set.of(
            "the", "a", "an", "at", "in", "on", "but", "and", "according", "another", "statistics", "more", "some"));

    private Anchors() {
    }

    /** Capitalised words of a sentence (not its first word) that few articles use: places, names of sites. */
    static Set<String> anchors(Sentence s, Map<String, Set<Integer>> df, int articles) {
        Set<String> out = new HashSet<>();
        Matcher m = CAPITAL.matcher(s.text());
        boolean first = true;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (first && m.start() < 2) {
                first = false;
                continue;
            }
            first = false;
            if (NOT_ANCHORS.contains(w)) continue;
            Set<Integer> in = df.get(w);
            if (in != null && in.size() * 2 < articles) out.add(w);
        }
        return out;
    }

    static Map<String, Set<Integer>> capitalArticleFrequency(ClusterText text) {
        Map<String, Set<Integer>> df = new HashMap<>();
        for (Sentence s : text.sentences()) {
            Matcher m = CAPITAL.matcher(s.text());
            while (m.find()) df.computeIfAbsent(m.group().toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(s.article());
        }
        return df;
    }
}
