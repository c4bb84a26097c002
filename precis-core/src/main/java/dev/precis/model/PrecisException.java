package dev.precis.model;

/**
 * Input that Precis cannot use, with a message fit to show a person as one line
 * (e.g. "not valid UTF-8: articles/a.txt"). Front ends turn it into exit code 2 or HTTP 400.
 */
public class PrecisException extends RuntimeException {
    public PrecisException(String message) {
        super(message);
    }

    public PrecisException(String message, Throwable cause) {
        super(message, cause);
    }
}
