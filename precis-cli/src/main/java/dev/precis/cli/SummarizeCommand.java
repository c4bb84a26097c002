package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Pipeline;
import dev.precis.Precis;
import dev.precis.model.BadInputException;
import dev.precis.SummaryOptions;
import dev.precis.Summarizers;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.ClusterStream;
import dev.precis.ingest.InputFormat;
import dev.precis.ingest.Sources;
import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.Drop;
import dev.precis.model.Summary;
import dev.precis.render.JsonRecords;
import dev.precis.render.JsonRenderer;
import dev.precis.render.Renderer;
import dev.precis.render.Renderers;
import dev.precis.render.TextRenderer;
import dev.precis.select.Budget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {
                "Summarise one cluster of articles, or every cluster of a JSONL file.",
                "",
                "PATH is a folder of .txt/.html articles (one cluster), one or more .txt/.html files "
                        + "(together one cluster), a JSONL/NDJSON file of clusters, one a line "
                        + "({\"id\", \"documents\": [...]}; Multi-News lines with ||||| work too; .gz accepted), "
                        + "or a .json file (an array of clusters or one cluster). "
                        + "For JSONL and JSON input the output is JSONL: one line per cluster, an error record "
                        + "({\"id\", \"line\", \"error\"}) for a cluster that could not be summarised."},
        footer = {"", "Examples:",
                "  ./precis summarize examples/harbour-fire --format markdown",
                "  ./precis summarize clusters.jsonl --words 256 --format text > summaries.jsonl"})
public final class SummarizeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folder, article file(s) or JSONL file.")
    List<Path> paths;

    static final class Length {
        @Option(names = "--words", paramLabel = "N", description = "Word budget (default ${DEFAULT-VALUE}).",
                defaultValue = "" + SummaryOptions.DEFAULT_WORDS)
        int words;
        @Option(names = "--sentences", paramLabel = "N", description = "Sentence budget instead of words.")
        Integer sentences;
    }

    @ArgGroup(exclusive = true)
    Length length;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (one sentence per line), markdown (citations, evidence, sources) or json. "
                    + "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-a", "--algorithm"}, paramLabel = "NAME",
            description = "Summarizer: one of ${COMPLETION-CANDIDATES}. Default: the best on our benchmark.",
            completionCandidates = AlgorithmNames.class)
    String algorithm;

    @Option(names = "--evidence", defaultValue = "on", paramLabel = "on|off",
            description = "Collect support, disagreements, quotes and timeline (default ${DEFAULT-VALUE}).")
    String evidence;

    @Option(names = "--explain", description = "Show every line the cleaner removed and why "
            + "(on stderr; inside each article as \"dropped\" with --format json).")
    boolean explain;

    @Option(names = "--timing", description = "Print the summarisation time (JVM start excluded) on stderr.")
    boolean timing;

    @Override
    public Integer call() {
        SummaryOptions options = options();
        Renderer renderer = Renderers.get(format);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long loading = System.nanoTime();
        Precis.pipeline();
        long started = System.nanoTime();
        int clusters = 0;
        int failed = 0;
        List<Path> articleFiles = new ArrayList<>();
        for (Path p : paths) {
            InputFormat inputFormat = InputFormat.of(p);
            if (inputFormat.batch()) {
                int[] counts = summarizeBatch(p, options, out, err);
                clusters += counts[0];
                failed += counts[1];
            } else if (inputFormat != InputFormat.FOLDER) {
                articleFiles.add(p);
            } else {
                out.print(render(one(p), options, renderer, err));
                clusters++;
            }
        }
        if (!articleFiles.isEmpty()) {
            out.print(render(filesAsCluster(articleFiles), options, renderer, err));
            clusters++;
        }
        out.flush();
        if (timing) {
            double ms = (System.nanoTime() - started) / 1e6;
            err.printf("precis: models loaded in %.1f ms; %d cluster(s) read and summarised in %.1f ms "
                            + "(%.1f ms per cluster); %.2f s since JVM start%n",
                    (started - loading) / 1e6, clusters, ms, ms / Math.max(1, clusters), EvalData.secondsSinceJvmStart());
        }
        if (failed > 0) {
            err.println("precis: " + failed + " of " + clusters + " cluster(s) failed; see their error records");
            return Main.PARTIAL;
        }
        return 0;
    }

    private SummaryOptions options() {
        SummaryOptions o = SummaryOptions.defaults();
        if (length != null && length.sentences != null) {
            if (length.sentences <= 0) throw new BadInputException("--sentences must be positive");
            o = o.withBudget(Budget.sentences(length.sentences));
        } else if (length != null) {
            if (length.words <= 0) throw new BadInputException("--words must be positive");
            o = o.withBudget(Budget.words(length.words));
        }
        if (algorithm != null) {
            Precis.pipeline().summarizers().get(algorithm);
            o = o.withAlgorithm(algorithm);
        }
        o = switch (evidence) {
            case "on" -> o.withEvidence(true);
            case "off" -> o.withEvidence(false);
            default -> throw new BadInputException("--evidence takes on or off, not '" + evidence + "'");
        };
        return o;
    }

    private static Cluster one(Path p) {
        try (ClusterStream stream = Sources.open(p)) {
            for (ClusterInput in : stream) {
                if (in.error() != null) throw new BadInputException(in.error());
                return in.cluster();
            }
        }
        throw new BadInputException("no articles in " + p);
    }

    /** Several article files named on the command line are one cluster. */
    private static Cluster filesAsCluster(List<Path> files) {
        if (files.size() == 1) return one(files.get(0));
        List<Article> articles = new ArrayList<>();
        for (Path f : files) articles.addAll(one(f).articles());
        Path parent = files.get(0).toAbsolutePath().getParent();
        String id = parent == null || parent.getFileName() == null ? "cluster" : parent.getFileName().toString();
        return new Cluster(id, articles);
    }

    private String render(Cluster cluster, SummaryOptions options, Renderer renderer, PrintWriter err) {
        Summary summary = Precis.summarize(cluster, options);
        if (explain && renderer instanceof JsonRenderer) {
            return JsonRecords.summary(summary, "json", true).toPrettyString() + "\n";
        }
        if (explain) explain(summary, err);
        return renderer.render(summary);
    }

    private int[] summarizeBatch(Path p, SummaryOptions options, PrintWriter out, PrintWriter err) {
        Pipeline pipeline = Precis.pipeline();
        int clusters = 0;
        int failed = 0;
        try (ClusterStream stream = Sources.open(p)) {
            for (ClusterInput in : stream) {
                clusters++;
                ObjectNode line;
                if (in.error() != null) {
                    line = JsonRecords.error(null, in.line(), in.error());
                    failed++;
                } else {
                    try {
                        Summary s = pipeline.summarize(in.cluster(), options);
                        if (explain && !format.equals("json")) explain(s, err);
                        line = JsonRecords.summary(s, format, explain);
                    } catch (BadInputException e) {
                        line = JsonRecords.error(in.cluster().id(), in.line(), e.getMessage());
                        failed++;
                    } catch (RuntimeException e) {
                        // A fault on one cluster must not lose the others: it is that cluster's error record.
                        line = JsonRecords.error(in.cluster().id(), in.line(), "internal error: " + Main.describe(e));
                        failed++;
                    }
                }
                out.println(line.toString());
                out.flush();
            }
        }
        return new int[] {clusters, failed};
    }

    private static void explain(Summary s, PrintWriter err) {
        err.println("Removed from cluster " + s.clusterId() + ":");
        for (CleanArticle a : s.articles()) {
            err.println("  [" + (a.index() + 1) + "] " + a.id() + ": " + a.drops().size() + " removed"
                    + (a.isEmpty() ? " (nothing left: the article contributes nothing)" : ""));
            for (Drop d : a.drops()) {
                err.println("      - " + d.rule() + " (" + d.reason() + "): " + abbreviate(d.text()));
            }
        }
        err.flush();
    }

    private static String abbreviate(String text) {
        String one = TextRenderer.oneLine(text);
        return one.length() <= 110 ? one : one.substring(0, 107) + "...";
    }

    /** Lets picocli list the registered summarizers in the help text. */
    static final class AlgorithmNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Summarizers.standard().names().iterator();
        }
    }
}
