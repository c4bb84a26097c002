package dev.precis.server;

import dev.precis.model.Cancelled;
import dev.precis.Pipeline;
import dev.precis.SummaryOptions;
import dev.precis.model.Cluster;
import dev.precis.model.BadInputException;
import dev.precis.model.Summary;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs summaries on a fixed pool of workers, one shared pipeline for all. A request waits at most
 * its timeout; then its summary is cancelled (the worker is interrupted and the pipeline stops at
 * its next stage), so an abandoned request does not keep a core busy.
 */
public final class Summaries implements AutoCloseable {
    private final Readiness readiness;
    private final ThreadPoolExecutor pool;
    private final Metrics metrics;

    Summaries(Readiness readiness, int workers, int queue, Metrics metrics) {
        this.readiness = readiness;
        this.metrics = metrics;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "precis-summary-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * The summary of a cluster, computed by a worker within {@code timeout}.
     *
     * @throws ApiError 400 for a cluster that cannot be summarised, 503 on timeout, when overloaded
     *                  or while the models load
     */
    public Summary summarize(Cluster cluster, SummaryOptions options, Duration timeout) {
        Pipeline pipeline = readiness.pipeline();
        Future<Summary> future;
        try {
            future = pool.submit(() -> pipeline.summarize(cluster, options));
        } catch (RejectedExecutionException e) {
            throw ApiError.unavailable("overloaded", "too many summaries waiting; try again later");
        }
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            // a cancelled summary still waiting would hold its queue place until a worker reached it
            pool.remove((Runnable) future);
            metrics.cancelled();
            throw ApiError.unavailable("timeout", "the summary took longer than " + timeout.toMillis()
                    + " ms and was cancelled");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw ApiError.unavailable("shutting_down", "the server is stopping");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BadInputException bad) throw ApiError.badRequest("invalid_input", bad.getMessage());
            if (cause instanceof Cancelled) throw ApiError.unavailable("shutting_down", "the server is stopping");
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    /** Summaries running or waiting now. */
    int inFlight() {
        return pool.getActiveCount() + pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
