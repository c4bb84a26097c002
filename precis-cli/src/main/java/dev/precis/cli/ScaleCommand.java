package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.model.Article;
import dev.precis.model.BadInputException;
import dev.precis.model.Cluster;
import dev.precis.scale.LogLogFit;
import dev.precis.scale.ScalingPoint;
import dev.precis.scale.ScalingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "scale", mixinStandardHelpOptions = true,
        description = {"How one summary's cost grows with its cluster: clusters of 25 to 500 distinct articles "
                + "taken from a dataset, each summarised with evidence on; median seconds per cluster, peak "
                + "resident memory, and the fitted exponent of time against size (log-log slope)."},
        footer = {"", "Example:", "  ./precis scale --data ../shared/data/multinews/val-raw.jsonl --sizes 25,50,100,200,500"})
public final class ScaleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "CLUSTERS.jsonl",
            description = "Clusters whose distinct articles make up the test clusters.")
    Path data;

    @Option(names = "--sizes", split = ",", defaultValue = "25,50,100,200,500", paramLabel = "N[,N...]",
            description = "Cluster sizes in articles (default ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--warm-up", defaultValue = "2", paramLabel = "N",
            description = "Untimed summaries of each size before the timed ones (default ${DEFAULT-VALUE}); "
                    + "the first one's time is reported as 'first'.")
    int warmUp;

    @Option(names = "--repeats", defaultValue = "3", description = "Timed summaries per size; the median counts (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (sizes.length == 0) throw new BadInputException("--sizes needs at least one size");
        for (int s : sizes) if (s < 1) throw new BadInputException("--sizes must be positive, got " + s);
        if (repeats < 1) throw new BadInputException("--repeats must be at least 1, got " + repeats);
        if (warmUp < 0) throw new BadInputException("--warm-up must not be negative, got " + warmUp);
        List<Cluster> clusters = new ArrayList<>();
        for (ClusterInput in : Sources.readAll(data)) if (in.cluster() != null) clusters.add(in.cluster());
        List<Article> articles = ScalingRun.distinctArticles(clusters);
        ScalingRun run = new ScalingRun(Precis.pipeline(), SummaryOptions.defaults().withEvidence(true), warmUp, repeats);
        List<ScalingPoint> points = run.run(articles, sizes, size -> { });
        Double exponent = points.size() < 2 ? null : LogLogFit.exponent(points);
        Double cpuExponent = points.size() < 2 ? null : LogLogFit.exponent(points, ScalingPoint::cpuSeconds);
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            ArrayNode rows = root.putArray("sizes");
            for (ScalingPoint p : points) {
                rows.addObject().put("articles", p.articles()).put("sentences", p.sentences())
                        .put("firstSeconds", p.firstSeconds()).put("seconds", p.seconds()).put("cpuSeconds", p.cpuSeconds()).put("peakRssMb", p.peakRssMb()).put("peakHeapMb", p.peakHeapMb());
            }
            if (exponent != null) root.put("exponent", exponent).put("cpuExponent", cpuExponent);
            out.println(root);
        } else {
            out.println("| articles | sentences | first wall s | wall s per cluster (median of " + repeats + ") | CPU s | peak RSS MiB | heap used MiB |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|");
            for (ScalingPoint p : points) {
                out.printf("| %d | %d | %.3f | %.3f | %.3f | %.0f | %.0f |%n", p.articles(), p.sentences(), p.firstSeconds(), p.seconds(), p.cpuSeconds(),
                        p.peakRssMb(), p.peakHeapMb());
            }
            if (exponent != null) {
                out.printf("%nfitted exponent (log-log slope of time vs articles): wall %.2f, CPU %.2f%n", exponent, cpuExponent);
            }
            out.printf("%d distinct articles from %s; evidence on; %d untimed summaries of each size first; %d cores%n",
                    articles.size(), data.getFileName(), warmUp, Runtime.getRuntime().availableProcessors());
        }
        out.flush();
        return 0;
    }
}
