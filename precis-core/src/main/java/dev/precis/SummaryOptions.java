package dev.precis;

import dev.precis.select.Budget;

import java.util.Objects;

/**
 * How to summarise: the length budget, the summarizer by name, and whether to collect cross-source
 * evidence (support, disagreements, quotes, timeline). Immutable; change it with the {@code with}
 * methods.
 */
public record SummaryOptions(Budget budget, String algorithm, boolean evidence) {
    public static final int DEFAULT_WORDS = 120;

    public SummaryOptions {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(algorithm, "algorithm");
    }

    public static SummaryOptions defaults() {
        return new SummaryOptions(Budget.words(DEFAULT_WORDS), Summarizers.DEFAULT, true);
    }

    public SummaryOptions withBudget(Budget b) { return new SummaryOptions(b, algorithm, evidence); }
    public SummaryOptions withAlgorithm(String a) { return new SummaryOptions(budget, a, evidence); }
    public SummaryOptions withEvidence(boolean e) { return new SummaryOptions(budget, algorithm, e); }
}
