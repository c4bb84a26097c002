package dev.precis.train;

import dev.precis.Pipeline;
import dev.precis.eval.Rouge;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.model.BadInputException;
import dev.precis.model.Cluster;
import dev.precis.select.Budget;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns clusters with reference summaries into the ranker's training rows ({@link TrainingCluster}),
 * on {@code threads} threads, with an optional cache of a file's labelled clusters; progress goes to
 * {@code err}.
 */
public record Labelling(Pipeline pipeline, Budget budget, int pairOracle, int threads, PrintWriter err) {
    /** Multi-News ids name their split; the test split is measured apart and never trained on. */
    private static final String TEST_SPLIT = "multinews-test-", VALIDATION_SPLIT = "multinews-val-";

    /**
     * The labelled clusters of one data file, in file order, one per line with a cluster (empty ones
     * included, so that a cache serves any limit): from the cache in {@code cache} when there is one for it.
     * Without a cache only the first {@code limit} clusters (0: all) are labelled.
     */
    public List<TrainingCluster> ofFile(Path file, Path cache, int limit) throws Exception {
        Path cached = cache == null ? null : cache.resolve(file.getFileName() + (pairOracle > 1 ? ".pairs" + pairOracle : "") + ".labels.gz");
        if (cached != null && Files.exists(cached)) {
            List<TrainingCluster> rows = TrainingCluster.read(cached);
            if (rows != null) {
                err.printf(Locale.ROOT, "train: %s: %d labelled clusters from cache %s%n", file.getFileName(), rows.size(), cached);
                return rows;
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        for (ClusterInput in : Sources.readAll(file)) {
            if (in.cluster() != null) clusters.add(in.cluster());
            if (cached == null && limit > 0 && clusters.size() >= limit) break;
        }
        List<TrainingCluster> rows = label(clusters);
        if (cached != null) {
            Files.createDirectories(cache);
            TrainingCluster.write(rows, cached);
        }
        return rows;
    }

    /**
     * The first {@code limit} clusters (0: all) of a file's labelled clusters, less excluded ids and clusters with no row.
     *
     * @throws BadInputException for a cluster of the Multi-News test split
     */
    public List<TrainingCluster> usable(List<TrainingCluster> all, int limit, Set<String> excluded, Path file) {
        List<TrainingCluster> kept = new ArrayList<>();
        int skipped = 0, empty = 0, validation = 0;
        for (TrainingCluster c : limit > 0 ? all.subList(0, Math.min(limit, all.size())) : all) {
            if (c.id().startsWith(TEST_SPLIT)) {
                throw new BadInputException(file + ": cluster " + c.id() + " is from the Multi-News test split, which is never trained on");
            }
            if (excluded.contains(c.id())) skipped++;
            else if (c.rows() == 0) empty++;
            else {
                kept.add(c);
                if (c.id().startsWith(VALIDATION_SPLIT)) validation++;
            }
        }
        err.printf(Locale.ROOT, "train: %s: %d clusters kept (%d from the validation split), %d excluded by id, %d without a candidate%n",
                file.getFileName(), kept.size(), validation, skipped, empty);
        return kept;
    }

    /** Each cluster's rows, in order; a cluster with no candidate gets an empty entry. */
    public List<TrainingCluster> label(List<Cluster> clusters) throws Exception {
        Rouge rouge = Rouge.standard();
        int n = clusters.size();
        TrainingCluster[] done = new TrainingCluster[n];
        int workers = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = Math.max(1, (n + workers * 4 - 1) / (workers * 4));
            AtomicInteger finished = new AtomicInteger();
            for (int from = 0; from < n; from += chunk) {
                int a = from, b = Math.min(n, from + chunk);
                futures.add(pool.submit(() -> {
                    for (int i = a; i < b; i++) {
                        TrainingCluster c = TrainingCluster.of(clusters.get(i), pipeline, rouge, budget, pairOracle);
                        done[i] = c != null ? c : TrainingCluster.empty(clusters.get(i).id());
                        int f = finished.incrementAndGet();
                        if (f % 500 == 0) {
                            synchronized (err) {
                                err.printf(Locale.ROOT, "train: labelled %d/%d clusters%n", f, n);
                                err.flush();
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        return List.of(done);
    }
}
