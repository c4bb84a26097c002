package dev.precis.model;

/**
 * A failure Precis explains in one line. Two kinds, which front ends treat differently:
 * {@link BadInputException} (the caller's input; exit code 2, HTTP 4xx) and {@link PrecisFault}
 * (Precis itself is broken, e.g. a missing or corrupt model; exit code 1, HTTP 500).
 */
public abstract class PrecisException extends RuntimeException {
    protected PrecisException(String message) {
        super(message);
    }

    protected PrecisException(String message, Throwable cause) {
        super(message, cause);
    }
}
