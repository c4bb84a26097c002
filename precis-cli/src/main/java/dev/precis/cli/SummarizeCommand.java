package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Pipeline;
import dev.precis.NoStoryText;
import dev.precis.Precis;
import dev.precis.model.PrecisException;
import dev.precis.SummaryOptions;
import dev.precis.Summarizers;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.ClusterStream;
import dev.precis.ingest.Sources;
import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.Drop;
import dev.precis.model.Summary;
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
                        + "(together one cluster), or a JSONL file of clusters "
                        + "({\"id\", \"documents\": [...]}; Multi-News lines with ||||| work too). "
                        + "For JSONL input the output is JSONL: one line per cluster, an error record "
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
            if (isJsonl(p)) {
                int[] counts = summarizeJsonl(p, options, out, err);
                clusters += counts[0];
                failed += counts[1];
            } else if (Files.isRegularFile(p)) {
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
            if (length.sentences <= 0) throw new PrecisException("--sentences must be positive");
            o = o.withBudget(Budget.sentences(length.sentences));
        } else if (length != null) {
            if (length.words <= 0) throw new PrecisException("--words must be positive");
            o = o.withBudget(Budget.words(length.words));
        }
        if (algorithm != null) {
            Summarizers.get(algorithm);
            o = o.withAlgorithm(algorithm);
        }
        o = switch (evidence) {
            case "on" -> o.withEvidence(true);
            case "off" -> o.withEvidence(false);
            default -> throw new PrecisException("--evidence takes on or off, not '" + evidence + "'");
        };
        return o;
    }

    private static boolean isJsonl(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase();
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    }

    private static Cluster one(Path p) {
        try (ClusterStream stream = Sources.open(p)) {
            for (ClusterInput in : stream) {
                if (in.error() != null) throw new PrecisException(in.error());
                return in.cluster();
            }
        }
        throw new PrecisException("no articles in " + p);
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
        Summary summary;
        try {
            summary = Precis.summarize(cluster, options);
        } catch (NoStoryText e) {
            if (explain) explain(cluster.id(), e.articles(), err);
            throw e;
        }
        if (explain && renderer instanceof JsonRenderer) {
            ObjectNode tree = JsonRenderer.tree(summary);
            addDrops(tree, summary);
            return tree.toPrettyString() + "\n";
        }
        if (explain) explain(summary, err);
        return renderer.render(summary);
    }

    private int[] summarizeJsonl(Path p, SummaryOptions options, PrintWriter out, PrintWriter err) {
        Pipeline pipeline = Precis.pipeline();
        int clusters = 0;
        int failed = 0;
        try (ClusterStream stream = Sources.open(p)) {
            for (ClusterInput in : stream) {
                clusters++;
                ObjectNode line;
                if (in.error() != null) {
                    line = errorRecord(null, in.line(), in.error());
                    failed++;
                } else {
                    try {
                        Summary s = pipeline.summarize(in.cluster(), options);
                        if (explain && !format.equals("json")) explain(s, err);
                        line = jsonlRecord(s);
                    } catch (PrecisException e) {
                        if (explain && e instanceof NoStoryText none) explain(in.cluster().id(), none.articles(), err);
                        line = errorRecord(in.cluster().id(), in.line(), e.getMessage());
                        failed++;
                    }
                }
                out.println(line.toString());
                out.flush();
            }
        }
        return new int[] {clusters, failed};
    }

    private ObjectNode jsonlRecord(Summary s) {
        switch (format) {
            case "json" -> {
                ObjectNode tree = JsonRenderer.tree(s);
                if (explain) addDrops(tree, s);
                return tree;
            }
            case "markdown", "md" -> {
                ObjectNode n = JSON.createObjectNode();
                n.put("id", s.clusterId());
                n.put("markdown", Renderers.get("markdown").render(s));
                return n;
            }
            default -> {
                ObjectNode n = JSON.createObjectNode();
                n.put("id", s.clusterId());
                var arr = n.putArray("summary");
                for (String line : Renderers.get("text").render(s).split("\n")) {
                    if (!line.isBlank()) arr.add(line);
                }
                return n;
            }
        }
    }

    private static ObjectNode errorRecord(String id, long line, String message) {
        ObjectNode n = JSON.createObjectNode();
        if (id == null) n.putNull("id"); else n.put("id", id);
        n.put("line", line);
        n.put("error", message);
        return n;
    }

    private static void addDrops(ObjectNode tree, Summary s) {
        var articles = tree.withArray("articles");
        for (int i = 0; i < s.articles().size() && i < articles.size(); i++) {
            var arr = ((ObjectNode) articles.get(i)).putArray("dropped");
            for (Drop d : s.articles().get(i).drops()) {
                ObjectNode n = arr.addObject();
                n.put("rule", d.rule());
                n.put("reason", d.reason());
                n.put("text", d.text());
            }
        }
    }

    private static void explain(Summary s, PrintWriter err) {
        explain(s.clusterId(), s.articles(), err);
    }

    private static void explain(String clusterId, List<CleanArticle> articles, PrintWriter err) {
        err.println("Removed from cluster " + clusterId + ":");
        for (CleanArticle a : articles) {
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
            return Summarizers.names().iterator();
        }
    }
}
