package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.precis.Precis;
import dev.precis.Summarizers;
import dev.precis.eval.EvalResult;
import dev.precis.eval.Evaluator;
import dev.precis.eval.Rouge;
import dev.precis.model.Cluster;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Every summarizer on the same clusters in one run, side by side: ROUGE-1/2/SU4/L F1 "
                + "under the project protocol and speed (clusters per second, mean and p99 ms per cluster, "
                + "one thread, summarisation only), as a Markdown table or JSON."},
        footer = {"", "Example:", "  ./precis bench --data ../shared/data/multinews/val-raw.jsonl"})
public final class BenchCommand implements Callable<Integer> {
    /**
     * Clusters summarised untimed before each measured run, so the figures are a running service's
     * steady state: on 2 cores the JIT needs a few hundred summaries before it stops competing.
     */
    static final int WARM_UP = 300;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions dataset;

    @Option(names = {"-a", "--algorithms"}, split = ",", paramLabel = "NAME[,NAME...]",
            description = "Summarizers to compare (default: all registered).")
    List<String> algorithms;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> names = algorithms == null || algorithms.isEmpty() ? Summarizers.standard().names() : algorithms;
        for (String name : names) dataset.summary(name);
        List<Cluster> clusters = EvalData.load(dataset.data, dataset.limit, err);
        Evaluator evaluator = new Evaluator(Precis.pipeline(), Rouge.standard(), Options.referenceSplitter());
        // One untimed pass so the first summarizer does not pay for class loading and JIT warm-up.
        List<EvalResult> results = new ArrayList<>();
        try (ProgressBar bar = EvalData.progress("bench", (long) clusters.size() * names.size())) {
            for (String name : names) {
                evaluator.warmUp(clusters, dataset.summary(name), WARM_UP);
                results.add(evaluator.run(clusters, dataset.summary(name), new Evaluator.Listener() {
                    @Override
                    public void progress() {
                        if (bar != null) bar.step();
                    }
                }));
            }
        }
        double wall = EvalData.secondsSinceJvmStart();
        if (json) {
            ArrayNode arr = new ObjectMapper().createArrayNode();
            for (EvalResult r : results) arr.add(Options.toJson(r, wall));
            out.println(arr.toString());
        } else {
            out.println(Options.markdownHeader());
            for (EvalResult r : results) out.println(Options.markdownRow(r));
            out.printf("%n%d clusters from %s, %d-word summaries, evidence %s; %d cores; wall %.1f s including JVM start%n",
                    results.get(0).clusters(), dataset.data.getFileName(), dataset.words, dataset.evidence,
                    Runtime.getRuntime().availableProcessors(), wall);
        }
        out.flush();
        return 0;
    }
}
