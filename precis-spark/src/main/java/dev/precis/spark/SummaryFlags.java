package dev.precis.spark;

import dev.precis.OptionValues;
import dev.precis.model.BadInputException;
import picocli.CommandLine.Option;

/** The summary options summarize and eval share, spelt as the CLI spells them. */
final class SummaryFlags {
    @Option(names = "--words", paramLabel = "N", description = "Word budget (default: the CLI's).")
    Integer words;

    @Option(names = "--sentences", paramLabel = "N", description = "Sentence budget instead of words.")
    Integer sentences;

    @Option(names = {"-a", "--algorithm"}, paramLabel = "NAME", description = "Summarizer (default: the CLI's).")
    String algorithm;

    @Option(names = "--evidence", paramLabel = "on|off",
            description = "Collect support, disagreements, quotes and timeline (default: the CLI's).")
    String evidence;

    @Option(names = "--cluster-timeout", paramLabel = "SECONDS",
            description = "Give up on a cluster after this long; it gets an error record (default 120, as the CLI).")
    Long clusterTimeout;

    SummarySettings settings(int defaultWords, boolean defaultEvidence) {
        SummarySettings s = SummarySettings.defaults().withWords(defaultWords).withEvidence(defaultEvidence);
        if (words != null && sentences != null) throw new BadInputException("give --words or --sentences, not both");
        if (words != null) s = s.withWords(OptionValues.words(words).limit());
        if (sentences != null) s = s.withSentences(sentences);
        if (algorithm != null) s = s.withAlgorithm(algorithm);
        if (clusterTimeout != null) s = s.withClusterTimeout(clusterTimeout);
        if (evidence != null) s = s.withEvidence(OptionValues.evidence(evidence));
        return s;
    }
}
