package dev.precis.select;

/** How long a summary may be: a number of words or a number of sentences. */
public record Budget(Unit unit, int limit) {
    public enum Unit { WORDS, SENTENCES }

    public Budget {
        if (limit <= 0) throw new IllegalArgumentException("budget must be positive, got " + limit);
    }

    public static Budget words(int n) { return new Budget(Unit.WORDS, n); }
    public static Budget sentences(int n) { return new Budget(Unit.SENTENCES, n); }

    /** Cost of one sentence in this budget's unit. */
    public int cost(dev.precis.model.Sentence s) {
        return unit == Unit.WORDS ? s.wordCount() : 1;
    }

    @Override
    public String toString() {
        return limit + (unit == Unit.WORDS ? " words" : " sentences");
    }
}
