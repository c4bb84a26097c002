package dev.precis.cli;

import dev.precis.SummaryOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every command that runs over a data set of reference summaries shares. */
final class DataOptions {
    @Option(names = "--data", required = true, paramLabel = "CLUSTERS.jsonl",
            description = "JSONL clusters with a \"summary\" reference (.jsonl or .jsonl.gz).")
    Path data;

    @Option(names = "--words", defaultValue = "256", description = "Summary budget in words (default ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--evidence", defaultValue = "off", paramLabel = "on|off",
            description = "Include the evidence stage in the timed work (default ${DEFAULT-VALUE}).")
    String evidence;

    @Option(names = "--limit", defaultValue = "0", description = "Use only the first N clusters (0 = all).")
    int limit;

    SummaryOptions summary(String algorithm) {
        return Options.summary(words, algorithm, evidence);
    }
}
