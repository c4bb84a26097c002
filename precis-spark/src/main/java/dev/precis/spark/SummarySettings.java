package dev.precis.spark;

import dev.precis.OptionValues;
import dev.precis.SummaryOptions;
import dev.precis.Summarizers;
import dev.precis.model.BadInputException;
import dev.precis.select.Budget;

import java.io.Serializable;

/**
 * The summary options in a form Spark can ship to executors ({@link SummaryOptions} and
 * {@link Budget} are not serializable): a word or sentence budget, the summarizer, evidence on or off,
 * and the time one cluster may take before it becomes its error record (as the CLI's
 * {@code --cluster-timeout}).
 *
 * @param sentences a sentence budget when positive; the word budget applies otherwise
 */
public record SummarySettings(int words, int sentences, String algorithm, boolean evidence, long clusterTimeoutSeconds)
        implements Serializable {
    /** The CLI's default time limit per cluster. */
    public static final long DEFAULT_CLUSTER_TIMEOUT_SECONDS = 120;

    public SummarySettings {
        if (words <= 0 && sentences <= 0) throw new BadInputException("--words must be positive");
        if (clusterTimeoutSeconds <= 0) throw new BadInputException("--cluster-timeout must be positive");
        if (algorithm == null) algorithm = Summarizers.DEFAULT;
        OptionValues.algorithm(algorithm);
    }

    public SummarySettings(int words, int sentences, String algorithm, boolean evidence) {
        this(words, sentences, algorithm, evidence, DEFAULT_CLUSTER_TIMEOUT_SECONDS);
    }

    /** What {@code ./precis summarize} uses when given no options. */
    public static SummarySettings defaults() {
        return new SummarySettings(SummaryOptions.DEFAULT_WORDS, 0, Summarizers.DEFAULT, true);
    }

    public SummarySettings withWords(int n) {
        return new SummarySettings(n, 0, algorithm, evidence, clusterTimeoutSeconds);
    }

    public SummarySettings withSentences(int n) {
        return new SummarySettings(words, OptionValues.sentences(n).limit(), algorithm, evidence, clusterTimeoutSeconds);
    }

    public SummarySettings withAlgorithm(String name) {
        return new SummarySettings(words, sentences, name, evidence, clusterTimeoutSeconds);
    }

    public SummarySettings withEvidence(boolean on) {
        return new SummarySettings(words, sentences, algorithm, on, clusterTimeoutSeconds);
    }

    public SummarySettings withClusterTimeout(long seconds) {
        return new SummarySettings(words, sentences, algorithm, evidence, seconds);
    }

    public SummaryOptions options() {
        Budget budget = sentences > 0 ? Budget.sentences(sentences) : Budget.words(words);
        return SummaryOptions.defaults().withBudget(budget).withAlgorithm(algorithm).withEvidence(evidence);
    }
}
