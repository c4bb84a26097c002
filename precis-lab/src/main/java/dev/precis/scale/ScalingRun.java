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
 * evidence on. Sizes are measured in increasing order in one JVM, so the peak RSS reported for a
 * size is the process's peak up to and including it. Each size is first summarised untimed a few
 * times: without that, a size's figure is mostly the JIT compiling the code paths that size
 * reaches (several CPU seconds on 2 cores), which a server or a batch pays once. The first summary
 * of each size is still reported, for a one-shot command line run. Wall time and the
 * process's CPU time are both kept: on a shared, loaded machine the wall time also counts the time
 * the work waited for a core, and a big cluster's work is spread over the cores.
 */
public final class ScalingRun {
    private final Pipeline pipeline;
    private final SummaryOptions options;
    private final int warmUp;
    private final int repeats;

    /**
     * @param warmUp  untimed summaries of each size before the timed ones
     * @param repeats timed summaries of each size (the median is reported)
     */
    public ScalingRun(Pipeline pipeline, SummaryOptions options, int warmUp, int repeats) {
        if (warmUp < 0) throw new IllegalArgumentException("warm-up must be >= 0, got " + warmUp);
        if (repeats < 1) throw new IllegalArgumentException("repeats must be >= 1, got " + repeats);
        this.pipeline = pipeline;
        this.options = options;
        this.warmUp = warmUp;
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
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<ScalingPoint> points = new ArrayList<>();
        for (int size : sorted) {
            Cluster c = cluster(articles, size);
            double[] seconds = new double[repeats];
            double[] cpu = new double[repeats];
            double heap = 0;
            int sentences = pipeline.prepare(c).size();
            double first = -1;
            for (int w = 0; w < warmUp; w++) {
                long t0 = System.nanoTime();
                pipeline.summarize(c, options);
                if (w == 0) first = (System.nanoTime() - t0) / 1e9;
            }
            for (int r = 0; r < repeats; r++) {
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                pipeline.summarize(c, options);
                seconds[r] = (System.nanoTime() - t0) / 1e9;
                cpu[r] = (processCpuNanos() - c0) / 1e9;
                heap = Math.max(heap, memory.getHeapMemoryUsage().getUsed() / 1048576.0);
                if (first < 0) first = seconds[r];
            }
            Arrays.sort(seconds);
            Arrays.sort(cpu);
            points.add(new ScalingPoint(size, sentences, first, seconds[repeats / 2], cpu[repeats / 2], peakRssMb(), heap));
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
