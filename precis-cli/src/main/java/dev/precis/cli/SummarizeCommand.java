package dev.precis.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Guard;
import dev.precis.NoStoryText;
import dev.precis.OptionValues;
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
import dev.precis.model.Drop;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.render.JsonRecords;
import dev.precis.render.JsonRenderer;
import dev.precis.render.Renderer;
import dev.precis.render.Renderers;
import dev.precis.render.TextRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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

    @Option(names = "--cluster-timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "In a batch, give up on a cluster after this long; it gets an error record (default ${DEFAULT-VALUE}).")
    long clusterTimeout;

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
        // Several folders (or folders and loose files) give several summaries in one output: each
        // gets a heading naming its cluster, so a reader can tell where one ends.
        long folders = paths.stream().filter(p -> InputFormat.of(p) == InputFormat.FOLDER).count();
        boolean looseFiles = paths.stream().anyMatch(p -> !InputFormat.of(p).batch() && InputFormat.of(p) != InputFormat.FOLDER);
        boolean headed = folders + (looseFiles ? 1 : 0) > 1;
        int printed = 0;
        for (Path p : paths) {
            InputFormat inputFormat = InputFormat.of(p);
            if (inputFormat.batch()) {
                int[] counts = summarizeBatch(p, options, out, err);
                clusters += counts[0];
                failed += counts[1];
            } else if (inputFormat != InputFormat.FOLDER) {
                articleFiles.add(p);
            } else {
                ClusterInput in = one(p);
                String rendered = render(in.cluster(), in.notes(), options, renderer, err);
                if (headed) out.print(heading(renderer, in.cluster().id(), printed));
                out.print(rendered);
                printed++;
                clusters++;
            }
        }
        if (!articleFiles.isEmpty()) {
            Cluster files = filesAsCluster(articleFiles);
            String rendered = render(files, List.of(), options, renderer, err);
            if (headed) out.print(heading(renderer, files.id(), printed));
            out.print(rendered);
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
        if (length != null && length.sentences != null) o = o.withBudget(OptionValues.sentences(length.sentences));
        else if (length != null) o = o.withBudget(OptionValues.words(length.words));
        if (algorithm != null) o = o.withAlgorithm(OptionValues.algorithm(algorithm));
        return o.withEvidence(OptionValues.evidence(evidence));
    }

    private static ClusterInput one(Path p) {
        try (ClusterStream stream = Sources.open(p)) {
            for (ClusterInput in : stream) {
                if (in.error() != null) throw new BadInputException(in.error());
                return in;
            }
        }
        throw new BadInputException("no articles in " + p);
    }

    /** Several article files named on the command line are one cluster. */
    private static Cluster filesAsCluster(List<Path> files) {
        if (files.size() == 1) return one(files.get(0)).cluster();
        List<Article> articles = new ArrayList<>();
        for (Path f : files) articles.addAll(one(f).cluster().articles());
        Path parent = files.get(0).toAbsolutePath().getParent();
        String id = parent == null || parent.getFileName() == null ? "cluster" : parent.getFileName().toString();
        return new Cluster(id, articles);
    }

    /** The renderer's heading, after a blank line unless it is the first (a format with no heading adds nothing). */
    private static String heading(Renderer renderer, String clusterId, int printedBefore) {
        String h = renderer.heading(clusterId);
        return h.isEmpty() || printedBefore == 0 ? h : "\n" + h;
    }

    private String render(Cluster cluster, List<String> notes, SummaryOptions options, Renderer renderer, PrintWriter err) {
        Summary summary;
        try {
            summary = Precis.summarize(cluster, options);
        } catch (BadInputException e) {
            if (explain) explainFailure(cluster, e, err);
            throw e;
        }
        if (explain && renderer instanceof JsonRenderer) {
            return JsonRecords.summary(summary, "json", true).toPrettyString() + "\n";
        }
        if (explain) explain(summary, notes, err);
        return renderer.render(summary);
    }

    /**
     * One output record per input cluster, in input order. Each cluster runs under the guard's time
     * limit; a cluster that fails for any reason becomes its error record and the batch goes on. A
     * repeated id is reported, not summarised twice. Stops when standard output is closed.
     */
    private int[] summarizeBatch(Path p, SummaryOptions options, PrintWriter out, PrintWriter err) {
        int clusters = 0;
        int failed = 0;
        Map<String, Long> seen = new HashMap<>();
        try (ClusterStream stream = Sources.open(p);
             Guard guard = new Guard(Precis.pipeline(), Duration.ofSeconds(clusterTimeout))) {
            for (ClusterInput in : stream) {
                clusters++;
                ObjectNode line;
                Long first = in.id() == null ? null : seen.putIfAbsent(in.id(), in.line());
                if (in.error() != null) {
                    line = JsonRecords.error(in.id(), in.line(), in.error());
                    failed++;
                } else if (first != null) {
                    line = JsonRecords.error(in.id(), in.line(), "duplicate id '" + in.id() + "' (first at "
                            + (first > 0 ? "line " + first : "the start") + "); not summarised again");
                    failed++;
                } else {
                    Guard.Outcome o = guard.summarize(in.cluster(), options);
                    if (o.ok()) {
                        if (explain && !format.equals("json")) explain(o.summary(), in.notes(), err);
                        line = JsonRecords.summary(o.summary(), format, explain);
                    } else {
                        if (explain) explainFailure(in.cluster(), o.failure() != null ? o.failure() : new RuntimeException(o.error()), err);
                        line = JsonRecords.error(in.id(), in.line(), o.error());
                        failed++;
                    }
                }
                out.println(line.toString());
                out.flush();
                if (out.checkError()) throw new OutputClosed(clusters);
            }
        }
        if (clusters == 0) throw new BadInputException("no clusters in " + p);
        return new int[] {clusters, failed};
    }

    /** Standard output went away (a closed pipe): there is no one left to write for. */
    static final class OutputClosed extends RuntimeException {
        OutputClosed(int written) {
            super("output closed after " + written + " record(s); stopped");
        }
    }

    /** What the cleaner removed from a cluster that then had nothing left to summarise. */
    private void explainFailure(Cluster cluster, Throwable failure, PrintWriter err) {
        err.println("Cluster " + cluster.id() + " failed: " + failure.getMessage());
        err.println("Removed from cluster " + cluster.id() + ":");
        try {
            // A cluster that had nothing left knows, per article, what was removed and what was off topic.
            List<CleanArticle> articles = failure instanceof NoStoryText none ? none.articles() : Precis.pipeline().clean(cluster);
            for (CleanArticle a : articles) {
                err.println("  [" + (a.index() + 1) + "] " + a.id() + ": " + a.drops().size() + " removed"
                        + (a.isEmpty() ? " (nothing left: the article contributes nothing)" : "")
                        + (a.offTopic() != null ? " (off topic: " + a.offTopic() + ")" : ""));
                for (Drop d : a.drops()) err.println("      - " + d.rule() + " (" + d.reason() + "): " + abbreviate(d.text()));
            }
        } catch (RuntimeException e) {
            err.println("  (the cleaner itself failed: " + Main.describe(e) + ")");
        }
        err.flush();
    }

    private static void explain(Summary s, List<String> notes, PrintWriter err) {
        err.println("Removed from cluster " + s.clusterId() + ":");
        for (String n : notes) err.println("  - " + n);
        for (CleanArticle a : s.articles()) {
            err.println("  [" + (a.index() + 1) + "] " + a.id() + ": " + a.drops().size() + " removed"
                    + (a.isEmpty() ? " (nothing left: the article contributes nothing)" : "")
                    + (a.offTopic() != null ? " (off topic: " + a.offTopic() + ")" : ""));
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
