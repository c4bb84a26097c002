package dev.precis.cli;

import dev.precis.render.JsonRecords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.Summarizers;
import dev.precis.eval.EvalResult;
import dev.precis.eval.Evaluator;
import dev.precis.eval.Rouge;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Summarise every cluster that has a reference summary and report ROUGE-1/2/SU4/L F1 "
                + "under the project protocol (ROUGE-1.5.5 -c 95 -r 1000 -n 2 -a -m -2 4 -u -l 256), "
                + "with clusters per second and per-cluster latency (summarisation only, one thread, after an "
                + "untimed warm-up on the first " + BenchCommand.WARM_UP + " clusters)."},
        footer = {"", "Example:", "  ./precis eval --data ../shared/data/multinews/val-raw.jsonl --json"})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions dataset;

    @Option(names = {"-a", "--algorithm"}, paramLabel = "NAME", description = "Summarizer (default: the default one).")
    String algorithm;

    @Option(names = "--out", paramLabel = "SUMMARIES.jsonl",
            description = "Also write the summaries as {\"id\", \"summary\": [sentences]} lines.")
    Path out;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SummaryOptions options = dataset.summary(algorithm == null ? Summarizers.DEFAULT : algorithm);
        List<Cluster> clusters = EvalData.load(dataset.data, dataset.limit, err);
        Evaluator evaluator = new Evaluator(Precis.pipeline(), Rouge.standard(), Options.referenceSplitter());
        evaluator.warmUp(clusters, options, BenchCommand.WARM_UP);
        EvalResult result;
        try (BufferedWriter writer = out == null ? null : Files.newBufferedWriter(out);
             ProgressBar bar = EvalData.progress("eval " + options.algorithm(), clusters.size())) {
            result = evaluator.run(clusters, options, new Evaluator.Listener() {
                @Override
                public void summarised(Cluster cluster, Summary summary) {
                    if (writer != null) write(writer, summary.clusterId(), summary);
                }

                @Override
                public void failed(Cluster cluster, String reason) {
                    if (writer != null) write(writer, cluster.id(), null);
                }

                @Override
                public void progress() {
                    if (bar != null) bar.step();
                }
            });
        }
        double wall = EvalData.secondsSinceJvmStart();
        if (json) {
            ObjectNode n = Options.toJson(result, wall);
            stdout.println(n.toString());
        } else {
            stdout.println(Options.markdownHeader());
            stdout.println(Options.markdownRow(result));
            stdout.printf("%n%d clusters, %d failed; wall %.1f s including JVM start; %d cores%n",
                    result.clusters(), result.failed(), wall, Runtime.getRuntime().availableProcessors());
        }
        stdout.flush();
        return 0;
    }

    private static void write(BufferedWriter writer, String id, Summary summary) {
        ObjectNode n = JsonRecords.sentences(id, summary);
        try {
            writer.write(n.toString());
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
