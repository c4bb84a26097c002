package dev.precis.stories;

import java.util.Arrays;

/** A growable list of ints without boxing: postings and story members. */
final class IntList {
    private int[] items = new int[4];
    private int size;

    void add(int v) {
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        items[size++] = v;
    }

    int get(int i) {
        return items[i];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    void addAll(IntList other) {
        for (int i = 0; i < other.size; i++) add(other.items[i]);
    }
}
