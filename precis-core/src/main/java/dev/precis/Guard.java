package dev.precis;

import dev.precis.model.BadInputException;
import dev.precis.model.Cancelled;
import dev.precis.model.Cluster;
import dev.precis.model.PrecisFault;
import dev.precis.model.Summary;
import dev.precis.parallel.Workers;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Summarises the clusters of a batch one at a time so that nothing one cluster does loses another:
 * each runs on a worker thread under a time limit, and a cluster that runs out of time, memory or
 * stack, or trips a bug, becomes a {@link Outcome} with an error instead of ending the batch. A
 * cluster past its time is interrupted (the pipeline checks between stages and stops); one that does
 * not stop within a second is left to finish on its own thread, which is a daemon, and later clusters
 * get a new one. Not thread-safe: one batch, one guard.
 */
public final class Guard implements AutoCloseable {
    /**
     * What became of one cluster: a summary, or an error that says why not, with the failure behind it
     * (null for a summary and for a cluster stopped at its time limit).
     */
    public record Outcome(Summary summary, String error, Throwable failure) {
        public boolean ok() {
            return summary != null;
        }

        /** Whether the cluster failed through its own input, not a fault or a limit of Precis. */
        public boolean badInput() {
            return failure instanceof BadInputException;
        }
    }

    private final Pipeline pipeline;
    private final Duration limit;
    private ExecutorService worker = newWorker();

    public Guard(Pipeline pipeline, Duration limit) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("time limit must be positive");
        this.limit = limit;
    }

    public Outcome summarize(Cluster cluster, SummaryOptions options) {
        CountDownLatch finished = new CountDownLatch(1);
        boolean alone = Workers.isAlone(); // the caller's choice holds on the guard's thread too
        Future<Summary> f = worker.submit(() -> {
            try {
                return alone ? Workers.alone(() -> pipeline.summarize(cluster, options)) : pipeline.summarize(cluster, options);
            } finally {
                finished.countDown();
            }
        });
        try {
            return new Outcome(f.get(limit.toMillis(), TimeUnit.MILLISECONDS), null, null);
        } catch (TimeoutException e) {
            f.cancel(true);
            // A cancelled future reports done at once; whether the work really stopped is the latch's to say.
            try {
                if (!finished.await(1, TimeUnit.SECONDS)) replaceWorker();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                replaceWorker();
            }
            return new Outcome(null, "stopped after " + limit.toSeconds() + " s: the cluster took too long", null);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", null);
        } catch (ExecutionException e) {
            return failure(e.getCause());
        }
    }

    private static Outcome failure(Throwable t) {
        if (t instanceof BadInputException || t instanceof Cancelled) return new Outcome(null, t.getMessage(), t);
        if (t instanceof OutOfMemoryError) {
            return new Outcome(null, "out of memory on this cluster (give the JVM more with -Xmx, or split the cluster)", t);
        }
        if (t instanceof StackOverflowError) return new Outcome(null, "internal error: stack overflow on this cluster", t);
        return new Outcome(null, "internal error: " + PrecisFault.describe(t), t);
    }

    private void replaceWorker() {
        worker.shutdownNow();
        worker = newWorker();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "precis-cluster");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
