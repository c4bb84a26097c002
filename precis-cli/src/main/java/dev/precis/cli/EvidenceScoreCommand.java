package dev.precis.cli;

import dev.precis.eval.evidence.EvidenceReport;
import dev.precis.eval.evidence.Labels;
import dev.precis.eval.evidence.LabelledRun;
import dev.precis.model.BadInputException;
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
        footer = {"", "Example:", "  ./precis evidence-score --data ../shared/data/multinews/val-raw.jsonl",
                "  ./precis evidence-score --data ../shared/data/multinews/train-raw-sample.jsonl --round fresh17"})
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

    @Option(names = "--round", paramLabel = "NAME",
            description = "Score only the clusters that label round NAME judged (the labels' round field), e.g. a "
                    + "blind round's first figure: --round fresh17.")
    String round;

    @Override
    public Integer call() {
        if (round != null) {
            int clusters = Labels.load(labels).clustersOfRound(round).size();
            if (clusters == 0) throw new BadInputException("no label of round " + round + " in " + labels);
            spec.commandLine().getOut().println("only the " + clusters + " clusters of label round " + round);
        }
        EvidenceReport report = LabelledRun.score(data, labels, round);
        spec.commandLine().getOut().print(report.text(listErrors));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
