package dev.precis.model;

/**
 * The work on a cluster was given up: its thread was interrupted (a caller's time limit). Neither
 * bad input nor a fault of Precis; front ends report it as a timeout.
 */
public class Cancelled extends PrecisException {
    public Cancelled() {
        super("cancelled: the time limit for this cluster ran out");
    }

    /** Throws when the current thread has been interrupted (and clears the flag, as the work ends here). */
    public static void check() {
        if (Thread.interrupted()) throw new Cancelled();
    }
}
