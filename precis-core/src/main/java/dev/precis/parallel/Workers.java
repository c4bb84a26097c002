package dev.precis.parallel;

import dev.precis.model.Cancelled;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Side-by-side work inside one big cluster: its articles segmented at once, its sentence similarities
 * found in two halves, its evidence found while the summary is chosen. An ordinary cluster (a few
 * articles) is cheaper on the caller's thread, and a batch or a server already keeps every core busy
 * with clusters, so only clusters of at least
 * {@link #MIN_ARTICLES} articles use the pool. The pool has one daemon thread per core; a caller that
 * is interrupted (a time limit) cancels the tasks it started.
 */
public final class Workers {
    /** Clusters with fewer articles run on the caller's thread alone. */
    public static final int MIN_ARTICLES = 24;

    private static final class Pool {
        static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()), daemons());

        private static ThreadFactory daemons() {
            AtomicInteger n = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, "precis-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }

    private Workers() {
    }

    private static final ThreadLocal<Boolean> ALONE = ThreadLocal.withInitial(() -> false);

    /** Whether a cluster of this many articles is worth splitting over the pool (never inside {@link #alone}). */
    public static boolean worthIt(int articles) {
        return articles >= MIN_ARTICLES && !ALONE.get();
    }

    /** Whether this thread runs inside {@link #alone}: a caller handing work to another thread carries it over. */
    public static boolean isAlone() {
        return ALONE.get();
    }

    /**
     * Runs {@code work} with every stage on this thread: for callers that already keep each core busy
     * with a cluster of its own (a Spark task), and to check that both ways give the same result.
     */
    public static <T> T alone(Supplier<T> work) {
        boolean before = ALONE.get();
        ALONE.set(true);
        try {
            return work.get();
        } finally {
            ALONE.set(before);
        }
    }

    /** {@code f} of every item, in order; on the pool when {@code parallel}, else on this thread. */
    public static <T, R> List<R> map(List<T> items, boolean parallel, Function<T, R> f) {
        List<R> out = new ArrayList<>(items.size());
        if (!parallel || items.size() < 2) {
            for (T t : items) out.add(f.apply(t));
            return out;
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T t : items) futures.add(Pool.EXECUTOR.submit(() -> f.apply(t)));
        for (Future<R> fu : futures) out.add(join(fu, futures));
        return out;
    }

    /**
     * Starts {@code work} on the pool when {@code parallel}; {@link Pending#join} waits for it, or runs
     * it on the joining thread when no pool thread has taken it yet (so work started from inside the
     * pool cannot wait for a thread that waits for it).
     */
    public static <R> Pending<R> start(boolean parallel, Supplier<R> work) {
        FutureTask<R> task = new FutureTask<>(work::get);
        if (parallel) Pool.EXECUTOR.execute(task);
        return new Pending<>(task);
    }

    /** Work started by {@link #start}. */
    public static final class Pending<R> {
        private final FutureTask<R> task;

        private Pending(FutureTask<R> task) {
            this.task = task;
        }

        public R join() {
            task.run(); // nothing when a pool thread has started it
            return Workers.join(task, List.of(task));
        }

        /** Gives the work up (the caller failed before it needed it). */
        public void cancel() {
            task.cancel(true);
        }
    }

    private static <R> R join(Future<R> future, List<? extends Future<?>> all) {
        try {
            return get(future);
        } catch (RuntimeException | Error e) {
            for (Future<?> f : all) f.cancel(true);
            throw e;
        }
    }

    /**
     * The value of finished or running work, with its own failure rethrown as it was (not wrapped),
     * and an interruption of the waiting thread, or cancelled work, as {@link Cancelled}.
     */
    public static <R> R get(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException | CancellationException e) {
            throw new Cancelled();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
