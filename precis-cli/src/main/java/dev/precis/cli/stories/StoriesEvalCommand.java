package dev.precis.cli.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.BadInputException;
import dev.precis.stories.ArticleInputs;
import dev.precis.stories.GroupingParams;
import dev.precis.stories.GroupingScores;
import dev.precis.stories.Stories;
import dev.precis.stories.store.StoryStore;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Group a labelled stream into a new store, online and in file order, exactly as add does "
                + "(add never sees the labels), then score the grouping against the \"story\" labels: pairwise and "
                + "B-cubed precision, recall and F1 (noise, \"story\": null, is a story of its own), for the whole "
                + "stream and for each of --parts consecutive parts; with the speed, store writes included."},
        footer = {"", "Example:", "  ./precis stories eval --data ../shared/data/stories/val-stream.jsonl.gz"})
public final class StoriesEvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int SPAN = 1000;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "STREAM.jsonl",
            description = "Labelled stream: {\"id\", \"story\", \"text\"} a line (.jsonl or .jsonl.gz).")
    Path data;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the store here (must be new or empty); default a temporary folder, deleted after.")
    Path store;

    @Option(names = "--parts", defaultValue = "2", paramLabel = "N",
            description = "Also score N consecutive parts of the stream separately (default ${DEFAULT-VALUE}).")
    int parts;

    @Option(names = "--join", paramLabel = "COSINE", description = "Override the join threshold (for tuning).")
    Double join;

    @Option(names = "--merge", paramLabel = "COSINE", description = "Override the merge threshold (for tuning).")
    Double merge;

    @Option(names = "--linkage", paramLabel = "WEIGHT", description = "Override the mean-cosine weight (for tuning).")
    Double linkage;

    @Option(names = "--copy", paramLabel = "RESEMBLANCE", description = "Override the copy threshold (for tuning).")
    Double copy;

    @Option(names = "--sweep-join", split = ",", paramLabel = "COSINE,...",
            description = "Tuning: score each join threshold without a store (same decisions, no writes, no speed).")
    List<Double> sweep;

    @Option(names = "--labels", paramLabel = "FILE",
            description = "Write {\"id\", \"story\", \"gold\"} per article (of the last --sweep-join setting) for error analysis.")
    Path labelsOut;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (parts < 1) throw new BadInputException("--parts must be at least 1");
        if (!Files.isRegularFile(data)) throw new BadInputException("no such file: " + data);
        GroupingParams params = GroupingParams.defaults();
        if (join != null) params = params.withJoin(join);
        if (merge != null) params = params.withMerge(merge);
        if (linkage != null) params = params.withLinkage(linkage);
        if (copy != null) params = params.withCopy(copy);
        if (sweep != null) return sweep(params);
        if (store != null) return run(params, store);
        try (TemporaryFolder dir = TemporaryFolder.create("precis-stories-eval")) {
            return run(params, dir.path());
        }
    }

    private int run(GroupingParams params, Path dir) {
        List<String> ids = new ArrayList<>();
        List<Long> marks = new ArrayList<>();
        long started;
        long finished;
        long cpuStarted;
        long threadCpuStarted;
        double cpu;
        double threadCpu;
        try (Stories stories = Stories.open(StoryStore.open(dir), params); ProgressBar bar = Progress.bar("stories eval")) {
            if (stories.store().nextSeq() != 1) throw new BadInputException("eval needs a new or empty store, not " + dir);
            started = System.nanoTime();
            cpuStarted = processCpu();
            threadCpuStarted = THREADS.getCurrentThreadCpuTime();
            marks.add(started);
            int[] done = {0};
            stories.addAll(sink -> ArticleInputs.read(data, a -> {
                ids.add(a.id());
                sink.accept(a);
            }), outcome -> {
                if (++done[0] % SPAN == 0) marks.add(System.nanoTime());
                if (bar != null) bar.step();
            });
            stories.flush();
            finished = System.nanoTime();
            cpu = (processCpu() - cpuStarted) / 1e9;
            threadCpu = (THREADS.getCurrentThreadCpuTime() - threadCpuStarted) / 1e9;
        }
        Map<String, String> predicted = new HashMap<>();
        try (StoryStore s = StoryStore.open(dir)) {
            s.forEachAssignment(a -> predicted.put(a.id(), a.story() < 0 ? null : Long.toString(a.story())));
        }
        Map<String, String> gold = Gold.read(data);
        List<String> g = new ArrayList<>(ids.size());
        List<String> p = new ArrayList<>(ids.size());
        for (String id : ids) {
            g.add(gold.get(id));
            p.add(predicted.get(id));
        }
        long noise = p.stream().filter(x -> x == null).count();
        double seconds = (finished - started) / 1e9;
        double firstMs = marks.size() > 1 ? (marks.get(1) - marks.get(0)) / 1e6 / SPAN : Double.NaN;
        double lastMs = Double.NaN;
        if (ids.size() >= 2 * SPAN) {
            // the last SPAN articles end at "finished", the final flush included
            long lastStart = marks.get(marks.size() - 1 - (ids.size() % SPAN == 0 ? 1 : 0));
            lastMs = (finished - lastStart) / 1e6 / (ids.size() % SPAN == 0 ? SPAN : ids.size() % SPAN);
        }
        GroupingScores all = GroupingScores.of(g, p);
        List<GroupingScores> byPart = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            int from = (int) ((long) ids.size() * k / parts);
            int to = (int) ((long) ids.size() * (k + 1) / parts);
            byPart.add(GroupingScores.of(g.subList(from, to), p.subList(from, to)));
        }
        print(all, byPart, ids.size(), noise, new HashMap<>(Map.of("seconds", seconds, "first", firstMs, "last", lastMs,
                "cpu", cpu, "thread_cpu", threadCpu)));
        return 0;
    }

    private int sweep(GroupingParams params) {
        List<dev.precis.model.Article> articles = new ArrayList<>();
        ArticleInputs.read(data, articles::add);
        Map<String, String> gold = Gold.read(data);
        List<String> g = articles.stream().map(a -> gold.get(a.id())).toList();
        dev.precis.stories.Replay replay = new dev.precis.stories.Replay(articles);
        PrintWriter out = spec.commandLine().getOut();
        out.println("join   merge  part          articles  pair P  pair R  pair F1  B3 P    B3 R    B3 F1");
        for (double j : sweep) {
            GroupingParams p = params.withJoin(j);
            List<String> labels = replay.labels(p);
            String head = String.format("%.3f  %.3f  ", p.join(), p.merge());
            line(out, head + "all", GroupingScores.of(g, labels));
            for (int k = 0; k < parts && parts > 1; k++) {
                int from = (int) ((long) g.size() * k / parts);
                int to = (int) ((long) g.size() * (k + 1) / parts);
                line(out, head + (k + 1) + "/" + parts, GroupingScores.of(g.subList(from, to), labels.subList(from, to)));
            }
            out.flush();
            if (labelsOut != null) writeLabels(articles, labels, g);
        }
        return 0;
    }

    private void writeLabels(List<dev.precis.model.Article> articles, List<String> labels, List<String> g) {
        try (var w = Files.newBufferedWriter(labelsOut)) {
            for (int i = 0; i < articles.size(); i++) {
                ObjectNode n = JSON.createObjectNode();
                n.put("id", articles.get(i).id());
                n.put("story", labels.get(i));
                n.put("gold", g.get(i));
                w.write(n.toString());
                w.write('\n');
            }
        } catch (IOException e) {
            throw new BadInputException("cannot write " + labelsOut + ": " + e.getMessage(), e);
        }
    }

    private void print(GroupingScores all, List<GroupingScores> byPart, int n, long noise, Map<String, Double> speed) {
        PrintWriter out = spec.commandLine().getOut();
        double rate = n / speed.get("seconds");
        if (json) {
            ObjectNode o = JSON.createObjectNode();
            o.put("data", data.toString());
            o.put("articles", n);
            o.put("unassigned", noise);
            o.set("all", scores(all));
            ArrayNode arr = o.putArray("parts");
            byPart.forEach(s -> arr.add(scores(s)));
            o.put("seconds", speed.get("seconds"));
            o.put("articles_per_second", rate);
            o.put("first_1000_ms_per_article", speed.get("first"));
            o.put("last_1000_ms_per_article", speed.get("last"));
            o.put("cpu_seconds", speed.get("cpu"));
            o.put("grouping_thread_cpu_seconds", speed.get("thread_cpu"));
            o.put("load_average", load());
            out.println(o.toPrettyString());
        } else {
            out.printf("%s: %d articles, %d kept unassigned as noise%n", data, n, noise);
            out.println("part          articles  pair P  pair R  pair F1  B3 P    B3 R    B3 F1");
            line(out, "all", all);
            for (int k = 0; k < byPart.size() && byPart.size() > 1; k++) line(out, (k + 1) + "/" + byPart.size(), byPart.get(k));
            out.printf("speed: %.1f s, %.0f articles/s (store writes included); ms per article: first %d %.3f, last %d %.3f%n",
                    speed.get("seconds"), rate, SPAN, speed.get("first"), SPAN, speed.get("last"));
            // wall time means little on a shared machine; CPU time says what an idle one would take: the
            // grouping thread's share is what one core must do in turn, the rest runs beside it
            out.printf("cpu: %.1f s in all, %.1f s on the grouping thread; load average %.2f%n",
                    speed.get("cpu"), speed.get("thread_cpu"), load());
        }
        out.flush();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void line(PrintWriter out, String name, GroupingScores s) {
        out.printf("%-12s %9d  %.3f   %.3f   %.3f    %.3f   %.3f   %.3f%n", name, s.articles(), s.pairPrecision(),
                s.pairRecall(), s.pairF1(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
    }

    private static ObjectNode scores(GroupingScores s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("articles", s.articles());
        o.put("pair_precision", s.pairPrecision());
        o.put("pair_recall", s.pairRecall());
        o.put("pair_f1", s.pairF1());
        o.put("bcubed_precision", s.bcubedPrecision());
        o.put("bcubed_recall", s.bcubedRecall());
        o.put("bcubed_f1", s.bcubedF1());
        return o;
    }
}
