package dev.precis.represent;

import dev.precis.model.BadInputException;

/**
 * Array sizes computed in {@code long}, so that a huge cluster gets a clear error instead of an
 * {@code int} product that wraps around to a negative or too-small array.
 */
public final class Sizes {
    /** The largest array length every JVM accepts. */
    public static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private Sizes() {
    }

    /** {@code length} as an array length, or a bad-input error naming {@code what} when it is too big. */
    public static int arrayLength(long length, String what) {
        if (length < 0 || length > MAX_ARRAY) {
            throw new BadInputException("cluster too large: " + length + " " + what + " (at most " + MAX_ARRAY + ")");
        }
        return (int) length;
    }

    /** {@code rows * columns} as an array length, checked as {@link #arrayLength}. */
    public static int product(int rows, int columns, String what) {
        return arrayLength((long) rows * columns, what);
    }
}
