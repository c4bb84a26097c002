package dev.precis.groups;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups of items joined pair by pair, transitively (a union-find forest over item indices): the
 * evidence finders join mentions that may report one thing and then judge each group whole, and
 * Spark's batch story grouping joins linked articles into stories.
 * A group's root is its smallest member, so groups come out in the order of their first members
 * whatever order the pairs were joined in. Not thread-safe; one per grouping.
 */
public final class UnionFind {
    private final int[] parent;

    /** {@code n} items, each a group of its own. */
    public UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
    }

    /** Puts items {@code a} and {@code b} (and everything already with either) in one group. */
    public void union(int a, int b) {
        int ra = root(a), rb = root(b);
        if (ra < rb) parent[rb] = ra;
        else if (rb < ra) parent[ra] = rb;
    }

    /** The smallest member of the group of item {@code i}; halves the path on the way. */
    public int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Each item's root, the smallest member of its group, in one array indexed by item. */
    public int[] roots() {
        int[] out = new int[parent.length];
        for (int i = 0; i < out.length; i++) out[i] = root(i);
        return out;
    }

    /** The groups of item indices, each in increasing order, in the order of their first members. */
    public List<List<Integer>> groups() {
        List<List<Integer>> out = new ArrayList<>();
        int[] slot = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            int r = root(i);
            if (r == i) {
                slot[i] = out.size();
                out.add(new ArrayList<>());
            }
            out.get(slot[r]).add(i);
        }
        return out;
    }

    /** {@link #groups()} with each index replaced by its item of {@code items} (as many as this has). */
    public <T> List<List<T>> groups(List<T> items) {
        if (items.size() != parent.length) throw new IllegalArgumentException(items.size() + " items for " + parent.length);
        List<List<T>> out = new ArrayList<>();
        for (List<Integer> g : groups()) {
            List<T> members = new ArrayList<>(g.size());
            for (int i : g) members.add(items.get(i));
            out.add(members);
        }
        return out;
    }
}
