package dev.precis.scale;

import dev.precis.Pipeline;
import dev.precis.SummaryOptions;
import dev.precis.model.Article;
import dev.precis.model.BadInputException;
import dev.precis.model.Cluster;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Builds one cluster per size from the first distinct articles of a set of clusters (a news
 * stream's big story is many different articles, not one repeated) and times a summary of each,
 * evidence on. Sizes are measured in increasing order in one JVM, after an untimed warm-up, so
 * the peak RSS reported for a size is the process's peak up to and including it. Wall time and the
 * process's CPU time are both kept: on a shared, loaded machine the wall time also counts the time
 * the work waited for a core, and a big cluster's work is spread over the cores.
 */
public final class ScalingRun {
    /** Untimed summaries of the smallest cluster first, so the JIT has compiled the hot loops. */
    static final int WARM_UP = 5;

    private final Pipeline pipeline;
    private final SummaryOptions options;
    private final int repeats;

    public ScalingRun(Pipeline pipeline, SummaryOptions options, int repeats) {
        if (repeats < 1) throw new IllegalArgumentException("repeats must be >= 1, got " + repeats);
        this.pipeline = pipeline;
        this.options = options;
        this.repeats = repeats;
    }

    /** Distinct articles (by text) of the clusters, in order, renamed so that ids do not clash. */
    public static List<Article> distinctArticles(List<Cluster> clusters) {
        Map<String, Article> byText = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            for (Article a : c.articles()) {
                byText.putIfAbsent(a.text(), new Article("a" + (byText.size() + 1), a.title(), a.outlet(), a.date(), a.url(), a.text()));
            }
        }
        return new ArrayList<>(byText.values());
    }

    /** The first {@code size} articles as one cluster. */
    public static Cluster cluster(List<Article> articles, int size) {
        if (size > articles.size()) {
            throw new BadInputException("asked for " + size + " articles, the data has " + articles.size() + " distinct ones");
        }
        return new Cluster("scale-" + size, articles.subList(0, size));
    }

    /** @param done called with each size once it is measured */
    public List<ScalingPoint> run(List<Article> articles, int[] sizes, IntConsumer done) {
        int[] sorted = sizes.clone();
        Arrays.sort(sorted);
        Cluster smallest = cluster(articles, sorted[0]);
        for (int i = 0; i < WARM_UP; i++) pipeline.summarize(smallest, options);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<ScalingPoint> points = new ArrayList<>();
        for (int size : sorted) {
            Cluster c = cluster(articles, size);
            double[] seconds = new double[repeats];
            double[] cpu = new double[repeats];
            double heap = 0;
            int sentences = pipeline.prepare(c).size();
            for (int r = 0; r < repeats; r++) {
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                pipeline.summarize(c, options);
                seconds[r] = (System.nanoTime() - t0) / 1e9;
                cpu[r] = (processCpuNanos() - c0) / 1e9;
                heap = Math.max(heap, memory.getHeapMemoryUsage().getUsed() / 1048576.0);
            }
            Arrays.sort(seconds);
            Arrays.sort(cpu);
            points.add(new ScalingPoint(size, sentences, seconds[repeats / 2], cpu[repeats / 2], peakRssMb(), heap));
            done.accept(size);
        }
        return points;
    }

    /**
     * CPU time of the whole process: a big cluster's work runs on several threads (its articles
     * segmented and its evidence found on the worker pool), and garbage collection counts too.
     */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** VmHWM of /proc/self/status: the most resident memory this process has held. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
