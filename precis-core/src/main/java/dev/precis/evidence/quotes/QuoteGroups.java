package dev.precis.evidence.quotes;

import dev.precis.model.Citation;
import dev.precis.model.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The same quote found in several articles, made one {@link Quote} with every citation. */
public final class QuoteGroups {
    private QuoteGroups() {
    }

    /** One quote occurrence before grouping. */
    record Found(String text, String speaker, Citation citation, String key) {
    }

    static List<Quote> group(List<Found> found) {
        List<List<Found>> groups = new ArrayList<>();
        Keys keys = new Keys();
        for (Found f : found) {
            int home = keys.firstSame(f.key());
            if (home < 0) {
                home = groups.size();
                groups.add(new ArrayList<>());
                keys.add(f.key());
            }
            groups.get(home).add(f);
        }
        List<Quote> quotes = new ArrayList<>();
        for (List<Found> g : groups) {
            Found longestText = g.stream().max(Comparator.comparingInt(f -> f.text().length())).orElseThrow();
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (Found f : g) if (!f.speaker().isEmpty()) votes.merge(f.speaker(), 1, Integer::sum);
            String speaker = votes.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                            .thenComparing(e -> Character.isUpperCase(e.getKey().charAt(0)))) // a name over a role
                    .map(Map.Entry::getKey).orElse("");
            List<Citation> cites = g.stream().map(Found::citation)
                    .sorted(Comparator.comparingInt(Citation::article).thenComparingInt(Citation::start)).toList();
            quotes.add(new Quote(longestText.text(), speaker, cites));
        }
        return quotes;
    }

    /** Identical after normalisation, or one contains the other and is at least {@value #CONTAINED} characters. */
    static boolean same(String a, String b) {
        if (a.equals(b)) return true;
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        return shorter.length() >= CONTAINED && longer.contains(shorter);
    }

    /** The shortest key that joins a group by being contained in its key, or by containing it. */
    static final int CONTAINED = 20;

    /**
     * The first key of each group, indexed by its pieces of {@value #CONTAINED} characters, so that a
     * new key is compared only with the groups it may be the same as: a big story's thousands of
     * quotes made comparing each with every group the costliest part of finding quotes. A key
     * contained in another is one of the other's pieces at its start, so a group that contains the
     * new key holds the new key's first piece, and a group contained in it starts with one of its
     * pieces. Pieces are found by hash; {@link #same} decides.
     */
    private static final class Keys {
        private final List<String> keys = new ArrayList<>();
        private final Map<String, Integer> exact = new HashMap<>();
        private final Map<Long, List<Integer>> byFirstPiece = new HashMap<>();
        private final Map<Long, List<Integer>> byAnyPiece = new HashMap<>();

        /** The earliest group whose key is {@link #same} as {@code key}, or -1. */
        int firstSame(String key) {
            int first = exact.getOrDefault(key, Integer.MAX_VALUE);
            long[] pieces = pieces(key);
            if (pieces.length > 0) {
                first = earliestSame(byAnyPiece.get(pieces[0]), key, first);
                for (long piece : pieces) first = earliestSame(byFirstPiece.get(piece), key, first);
            }
            return first == Integer.MAX_VALUE ? -1 : first;
        }

        private int earliestSame(List<Integer> groups, String key, int first) {
            if (groups == null) return first;
            for (int g : groups) {
                if (g >= first) break;
                if (same(keys.get(g), key)) return g;
            }
            return first;
        }

        void add(String key) {
            int g = keys.size();
            keys.add(key);
            exact.putIfAbsent(key, g);
            long[] pieces = pieces(key);
            if (pieces.length == 0) return;
            byFirstPiece.computeIfAbsent(pieces[0], p -> new ArrayList<>()).add(g);
            for (long piece : pieces) {
                List<Integer> holders = byAnyPiece.computeIfAbsent(piece, p -> new ArrayList<>());
                if (holders.isEmpty() || holders.get(holders.size() - 1) != g) holders.add(g);
            }
        }

        /** A hash of every run of {@value #CONTAINED} characters of {@code key}, by where it starts. */
        private static long[] pieces(String key) {
            int n = key.length() - CONTAINED + 1;
            if (n <= 0) return new long[0];
            long top = 1;
            for (int i = 1; i < CONTAINED; i++) top *= BASE;
            long h = 0;
            for (int i = 0; i < CONTAINED; i++) h = h * BASE + key.charAt(i);
            long[] out = new long[n];
            out[0] = h;
            for (int i = 1; i < n; i++) {
                h = (h - key.charAt(i - 1) * top) * BASE + key.charAt(i + CONTAINED - 1);
                out[i] = h;
            }
            return out;
        }

        private static final long BASE = 1_000_003;
    }
}
