package dev.precis;

import dev.precis.model.BadInputException;
import dev.precis.select.Budget;

/**
 * The summary options' values as the command lines spell them (the CLI's {@code summarize} and
 * {@code eval}, the Spark jobs), each checked in one place so that every front end takes the same
 * values and answers a wrong one with the same message. The HTTP API answers with errors of its own.
 */
public final class OptionValues {
    private OptionValues() {
    }

    /** {@code --evidence on|off}. */
    public static boolean evidence(String onOff) {
        return switch (onOff) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new BadInputException("--evidence takes on or off, not '" + onOff + "'");
        };
    }

    /** {@code --words N}. */
    public static Budget words(int n) {
        if (n <= 0) throw new BadInputException("--words must be positive");
        return Budget.words(n);
    }

    /** {@code --sentences N}. */
    public static Budget sentences(int n) {
        if (n <= 0) throw new BadInputException("--sentences must be positive");
        return Budget.sentences(n);
    }

    /** {@code -a NAME}: the name of a summarizer of the default pipeline (an unknown one is bad input). */
    public static String algorithm(String name) {
        Precis.pipeline().summarizers().get(name);
        return name;
    }
}
