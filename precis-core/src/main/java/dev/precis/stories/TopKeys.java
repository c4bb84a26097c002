package dev.precis.stories;

import java.util.Arrays;

/**
 * The largest {@code k} of a stream of keys, in a min-heap: the grouper ranks thousands of
 * candidates per article to compare only the best few, and a full sort cost more than the rest.
 */
final class TopKeys {
    private final long[] heap;
    private int size;

    TopKeys(int k) {
        heap = new long[k];
    }

    void offer(long key) {
        if (heap.length == 0) return;
        if (size < heap.length) {
            int i = size++;
            heap[i] = key;
            while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
                swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        } else if (key > heap[0]) {
            heap[0] = key;
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int m = i;
                if (l < size && heap[l] < heap[m]) m = l;
                if (r < size && heap[r] < heap[m]) m = r;
                if (m == i) break;
                swap(i, m);
                i = m;
            }
        }
    }

    /** The kept keys, largest first. */
    long[] keys() {
        long[] out = Arrays.copyOf(heap, size);
        Arrays.sort(out);
        for (int i = 0; i < out.length / 2; i++) {
            long t = out[i];
            out[i] = out[out.length - 1 - i];
            out[out.length - 1 - i] = t;
        }
        return out;
    }

    private void swap(int a, int b) {
        long t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
