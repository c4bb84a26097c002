package dev.precis.model;

/**
 * Input that Precis cannot use, with a message fit to show a person as one line
 * (e.g. "not valid UTF-8: articles/a.txt"). Front ends turn it into exit code 2 or an HTTP 4xx.
 */
public class BadInputException extends PrecisException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
