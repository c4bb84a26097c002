package dev.precis.model;

/**
 * Precis itself cannot work: a model or word list missing from the classpath or unreadable, a
 * model trained on other features. Never the caller's fault, so never reported as bad input.
 */
public class PrecisFault extends PrecisException {
    public PrecisFault(String message) {
        super(message);
    }

    public PrecisFault(String message, Throwable cause) {
        super(message, cause);
    }

    /** Any unexpected failure in one line, for an error record or message: its class, and its message's first line. */
    public static String describe(Throwable t) {
        String m = t.getMessage();
        String what = t.getClass().getSimpleName();
        return m == null || m.isBlank() ? what : what + ": " + m.lines().findFirst().orElse("");
    }
}
