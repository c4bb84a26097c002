package dev.precis.evidence.quotes;

import dev.precis.model.Citation;
import dev.precis.model.Quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The same quote found in several articles, made one {@link Quote} with every citation. */
public final class QuoteGroups {
    private QuoteGroups() {
    }

    /** One quote occurrence before grouping; {@code path}: which attribution form chose its speaker (for measuring, never output). */
    record Found(String text, String speaker, Citation citation, String key, SpeakerPath path) {
        Found(String text, String speaker, Citation citation, String key) {
            this(text, speaker, citation, key, SpeakerPath.NONE);
        }
    }

    static List<Quote> group(List<Found> found) {
        List<Quote> quotes = new ArrayList<>();
        for (List<Found> g : groups(found)) quotes.add(quote(g));
        return quotes;
    }

    /** The occurrences of each quote, in the order the quotes were first found. */
    static List<List<Found>> groups(List<Found> found) {
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
        return groups;
    }

    /** One quote from its occurrences: the longest text, the speaker most of them give, every citation. */
    static Quote quote(List<Found> g) {
        Found longestText = g.stream().max(Comparator.comparingInt(f -> f.text().length())).orElseThrow();
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Found f : g) if (!f.speaker().isEmpty()) votes.merge(f.speaker(), 1, Integer::sum);
        String speaker = votes.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> Character.isUpperCase(e.getKey().charAt(0)))) // a name over a role
                .map(Map.Entry::getKey).orElse("");
        List<Citation> cites = g.stream().map(Found::citation)
                .sorted(Comparator.comparingInt(Citation::article).thenComparingInt(Citation::start)).toList();
        return new Quote(longestText.text(), speaker, cites);
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
     * The first key of each group, the later ones indexed by their pieces of {@value #CONTAINED}
     * characters, so that a new key is compared only with the groups it may be the same as: a big
     * story's thousands of quotes made comparing each with every group the costliest part of finding
     * quotes. A key contained in another is one of the other's pieces at its start, so a group that
     * contains the new key holds the new key's first piece, and a group contained in it starts with
     * one of its pieces. Pieces are found by hash; {@link #same} decides. The first
     * {@value #COMPARED} groups are compared with every key, which costs an ordinary story less
     * than indexing them.
     */
    private static final class Keys {
        static final int COMPARED = 48;
        private final List<String> keys = new ArrayList<>();
        private final Map<String, Integer> exact = new HashMap<>();
        private final Pieces byFirstPiece = new Pieces();
        private final Pieces byAnyPiece = new Pieces();

        /** The earliest group whose key is {@link #same} as {@code key}, or -1. */
        int firstSame(String key) {
            for (int g = 0; g < Math.min(COMPARED, keys.size()); g++) if (same(keys.get(g), key)) return g;
            if (keys.size() <= COMPARED) return -1;
            int first = exact.getOrDefault(key, Integer.MAX_VALUE);
            long[] pieces = pieces(key);
            if (pieces.length > 0) {
                first = byAnyPiece.earliestSame(pieces[0], key, first, keys);
                for (long piece : pieces) first = byFirstPiece.earliestSame(piece, key, first, keys);
            }
            return first == Integer.MAX_VALUE ? -1 : first;
        }

        void add(String key) {
            int g = keys.size();
            keys.add(key);
            if (g < COMPARED) return;
            exact.putIfAbsent(key, g);
            long[] pieces = pieces(key);
            if (pieces.length == 0) return;
            byFirstPiece.put(pieces[0], g);
            for (long piece : pieces) byAnyPiece.put(piece, g);
        }

        /** A hash of every run of {@value #CONTAINED} characters of {@code key}, by where it starts. */
        private static long[] pieces(String key) {
            int n = key.length() - CONTAINED + 1;
            if (n <= 0) return NO_PIECES;
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
        private static final long[] NO_PIECES = new long[0];
    }

    /**
     * Groups by piece hash, a piece possibly under several groups; kept in flat arrays (a chain of
     * entries per hash slot) because a key gives a piece for each of its characters, and boxed map
     * entries for each made grouping cost more than comparing on a small story.
     */
    private static final class Pieces {
        private int[] heads = empty(64);
        private long[] pieces = new long[32];
        private int[] groups = new int[32];
        private int[] next = new int[32];
        private int size;

        void put(long piece, int group) {
            if (size == pieces.length) {
                pieces = Arrays.copyOf(pieces, 2 * size);
                groups = Arrays.copyOf(groups, 2 * size);
                next = Arrays.copyOf(next, 2 * size);
                heads = empty(4 * size);
                for (int e = 0; e < size; e++) link(e);
            }
            pieces[size] = piece;
            groups[size] = group;
            link(size++);
        }

        private void link(int e) {
            int slot = slot(pieces[e]);
            next[e] = heads[slot];
            heads[slot] = e;
        }

        /** The earliest group before {@code first} under {@code piece} whose key is the same as {@code key}, else {@code first}. */
        int earliestSame(long piece, String key, int first, List<String> keys) {
            for (int e = heads[slot(piece)]; e >= 0; e = next[e]) {
                if (pieces[e] == piece && groups[e] < first && same(keys.get(groups[e]), key)) first = groups[e];
            }
            return first;
        }

        private int slot(long piece) {
            return (int) (piece ^ (piece >>> 32)) & (heads.length - 1);
        }

        private static int[] empty(int slots) {
            int[] a = new int[slots];
            Arrays.fill(a, -1);
            return a;
        }
    }
}
