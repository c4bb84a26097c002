package dev.precis.eval;

import java.util.Arrays;

/** A small open-addressing map from long keys to int values (no boxing); -1 means absent. */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    int get(long key) {
        int i = probe(key);
        return keys[i] == key ? values[i] : -1;
    }

    /** The value of key, or puts {@code size()} as a new value and returns it. */
    int getOrAddIndex(long key) {
        int i = probe(key);
        if (keys[i] == key) {
            return values[i];
        }
        keys[i] = key;
        values[i] = size;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** The slot that holds key, or else the empty slot where it belongs (linear probing). */
    private int probe(long key) {
        int i = slot(key);
        while (keys[i] != key && keys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[keys.length];
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = probe(oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
