package dev.precis.lexicon;

/**
 * The cheap test several evidence passes make before their number and date patterns: a text with
 * no ASCII digit holds no figure, explicit date or dated caption those patterns read.
 */
public final class Digits {
    private Digits() {
    }

    /** Whether {@code text} holds a digit 0-9. */
    public static boolean any(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }
}
