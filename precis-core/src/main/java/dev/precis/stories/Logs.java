package dev.precis.stories;

import java.util.Arrays;

/**
 * Natural logarithms of small positive integers, from a table: the grouper takes the log of a
 * count or a document frequency for every term of every compared article, and the table makes
 * each one a load. Values are exactly {@link Math#log}'s, so decisions do not depend on the table.
 */
final class Logs {
    private static volatile double[] table = fill(new double[0], 1 << 16);

    private Logs() {
    }

    static double of(long x) {
        if (x < table.length) return table[(int) x];
        if (x > 1 << 26) return Math.log(x);
        table = fill(table, (int) Math.max(x + 1, table.length * 2L));
        return table[(int) x];
    }

    private static double[] fill(double[] old, int size) {
        double[] t = Arrays.copyOf(old, size);
        for (int i = old.length; i < size; i++) t[i] = i == 0 ? Double.NEGATIVE_INFINITY : Math.log(i);
        return t;
    }
}
