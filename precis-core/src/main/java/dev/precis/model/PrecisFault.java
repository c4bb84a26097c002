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
}
