package dev.precis.lexicon;

import java.util.function.IntPredicate;

/**
 * A set of ASCII characters as two bit words: a test a scanner can run at every character of a text
 * without a call or a boxed look-up. Says nothing about characters outside ASCII: the caller decides
 * those itself.
 */
public record AsciiMask(long low, long high) {
    /** Every ASCII character. */
    public static final AsciiMask ALL = new AsciiMask(-1L, -1L);
    /** The ASCII characters of {@link Character#isWhitespace}, {@link Character#isUpperCase} and so on. */
    public static final AsciiMask WHITESPACE = of(Character::isWhitespace);
    public static final AsciiMask UPPER_CASE = of(Character::isUpperCase);
    public static final AsciiMask LOWER_CASE = of(Character::isLowerCase);
    public static final AsciiMask LETTERS = of(Character::isLetter);
    public static final AsciiMask LETTERS_OR_DIGITS = of(Character::isLetterOrDigit);

    /** The ASCII characters that pass {@code test}. */
    public static AsciiMask of(IntPredicate test) {
        long low = 0, high = 0;
        for (char c = 0; c < 64; c++) if (test.test(c)) low |= 1L << c;
        for (char c = 64; c < 128; c++) if (test.test(c)) high |= 1L << c;
        return new AsciiMask(low, high);
    }

    /** {@link Character#isWhitespace(char)}, a bit test for ASCII: for scanners that read every character. */
    public static boolean isWhitespace(char c) {
        return c < 128 ? WHITESPACE.has(c) : Character.isWhitespace(c);
    }

    /** {@link Character#isLetter(char)}, a bit test for ASCII. */
    public static boolean isLetter(char c) {
        return c < 128 ? LETTERS.has(c) : Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, a bit test for ASCII. */
    public static boolean isLetterOrDigit(char c) {
        return c < 128 ? LETTERS_OR_DIGITS.has(c) : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isUpperCase(char)}, a bit test for ASCII. */
    public static boolean isUpperCase(char c) {
        return c < 128 ? UPPER_CASE.has(c) : Character.isUpperCase(c);
    }

    /** {@link Character#isLowerCase(char)}, a bit test for ASCII. */
    public static boolean isLowerCase(char c) {
        return c < 128 ? LOWER_CASE.has(c) : Character.isLowerCase(c);
    }

    /** Whether {@code c}, which must be below 128, is in the set. */
    public boolean has(char c) {
        return ((c < 64 ? low >>> c : high >>> c) & 1) != 0;
    }
}
