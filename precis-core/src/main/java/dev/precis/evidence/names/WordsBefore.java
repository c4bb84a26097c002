package dev.precis.evidence.names;

import dev.precis.model.CleanArticle;
import dev.precis.model.ClusterText;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word written right before each place a cluster gives a name of two or more words. All the
 * names are looked for in one pass over each article, from its spaces, rather than one search of
 * every article per name: in a big cluster both the names and the articles are many.
 */
final class WordsBefore {
    private WordsBefore() {
    }

    /**
     * Name → the words found right before it ("" at a line's or text's start); a name is found wherever
     * its characters stand, inside a longer word too, as {@link String#indexOf} finds it.
     */
    static Map<String, Set<String>> of(ClusterText text, Collection<String> names) {
        // every place a name stands holds its first space, so the spaces of the text are the only places to try;
        // the character after that space picks the few names worth comparing there
        Map<Character, List<String>> byNextChar = new HashMap<>();
        BitSet nextChars = new BitSet();
        Map<String, Set<String>> before = new HashMap<>();
        for (String name : names) {
            before.put(name, new HashSet<>());
            int space = name.indexOf(' ');
            if (space < 0 || space + 1 == name.length()) throw new IllegalArgumentException("not a name of two or more words: " + name);
            byNextChar.computeIfAbsent(name.charAt(space + 1), c -> new ArrayList<>()).add(name);
            nextChars.set(name.charAt(space + 1));
        }
        for (CleanArticle art : text.articles()) {
            String t = art.text();
            for (int s = t.indexOf(' '); s >= 0 && s + 1 < t.length(); s = t.indexOf(' ', s + 1)) {
                char next = t.charAt(s + 1);
                if (!nextChars.get(next)) continue;
                for (String name : byNextChar.get(next)) {
                    int at = s - name.indexOf(' ');
                    if (at >= 0 && t.startsWith(name, at)) before.get(name).add(wordBefore(t, at));
                }
            }
        }
        return before;
    }

    /** The word before offset {@code at}, over spaces but not over a line break. */
    private static String wordBefore(String t, int at) {
        int w = at - 1;
        while (w >= 0 && t.charAt(w) == ' ') w--;
        int ws = w;
        while (ws >= 0 && !Character.isWhitespace(t.charAt(ws))) ws--;
        return t.substring(ws + 1, w + 1);
    }
}
