package dev.precis.cli;

import dev.precis.eval.evidence.EvidenceReport;
import dev.precis.eval.evidence.LabelledRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "evidence-score", mixinStandardHelpOptions = true,
        description = {"Summarise every cluster of a JSONL file and score the evidence (disagreements, quotes and "
                + "speakers, timeline dates, extra citations) against the hand labels of labels/evidence "
                + "(format: labels/evidence/README.md); tuning and held-apart parts are reported separately, "
                + "followed by every reported item that has no label yet."},
        footer = {"", "Example:", "  ./precis evidence-score --data ../shared/data/multinews/val-raw.jsonl"})
public final class EvidenceScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "JSONL", description = "The clusters the labels are about.")
    Path data;

    @Option(names = "--labels", defaultValue = "labels/evidence", paramLabel = "DIR",
            description = "Folder of label files (default ${DEFAULT-VALUE}).")
    Path labels;

    @Option(names = "--list-errors", description = "Also list the speaker errors of the tuning part.")
    boolean listErrors;

    @Override
    public Integer call() {
        EvidenceReport report = LabelledRun.score(data, labels);
        spec.commandLine().getOut().print(report.text(listErrors));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
