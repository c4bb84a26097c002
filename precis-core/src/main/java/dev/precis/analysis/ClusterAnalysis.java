package dev.precis.analysis;

import dev.precis.model.ClusterText;
import dev.precis.parallel.Workers;
import dev.precis.represent.Similarities;
import dev.precis.represent.TermVectors;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every stage may want to know about one cleaned and segmented cluster, each part computed once,
 * on first use, and then shared: the term vectors, the pairwise sentence similarities, and whatever a
 * stage registers under a {@link Key} (the alignments across articles, date and number mentions, for
 * example; a key belongs to its stage, so that this package depends on no stage that uses it). The pipeline makes one per summary and hands it to the scorer, the selector
 * and the evidence finders, so no stage rebuilds what another already has.
 *
 * <p>Safe to share between the threads that work on one cluster (the evidence beside the summary, for
 * a big cluster): each value is computed once, by the first thread that asks; the others wait for it.
 */
public final class ClusterAnalysis {
    /**
     * A named per-cluster value and how to compute it. Keys compare by identity: declare each once,
     * as a constant of the class that computes it.
     */
    public static final class Key<T> {
        private final String name;
        private final Function<ClusterAnalysis, T> compute;

        private Key(String name, Function<ClusterAnalysis, T> compute) {
            this.name = name;
            this.compute = compute;
        }

        public static <T> Key<T> of(String name, Function<ClusterAnalysis, T> compute) {
            return new Key<>(Objects.requireNonNull(name), Objects.requireNonNull(compute));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final Key<TermVectors> VECTORS = Key.of("vectors", a -> TermVectors.of(a.text()));
    /** A big cluster's similarities are found on two cores: whoever asks first, the other stage waits for them. */
    public static final Key<Similarities> SIMILARITIES = Key.of("similarities",
            a -> Similarities.of(a.vectors(), Workers.worthIt(a.text().articles().size())));

    private final ClusterText text;
    private final Map<Key<?>, FutureTask<Object>> values = new ConcurrentHashMap<>();

    public ClusterAnalysis(ClusterText text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** An analysis that starts from vectors the caller already has (for tests and tools). */
    public static ClusterAnalysis of(ClusterText text, TermVectors vectors) {
        ClusterAnalysis a = new ClusterAnalysis(text);
        FutureTask<Object> done = new FutureTask<>(() -> vectors);
        done.run();
        a.values.put(VECTORS, done);
        return a;
    }

    public ClusterText text() {
        return text;
    }

    public TermVectors vectors() {
        return get(VECTORS);
    }

    /** The sentences' non-zero pairwise cosines, row by row. */
    public Similarities similarities() {
        return get(SIMILARITIES);
    }

    /** The value under {@code key}, computed on first use. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        FutureTask<Object> task = values.get(key);
        if (task == null) {
            // Not computeIfAbsent: a value may itself ask for others (alignments need the vectors), and
            // a map must not be changed from inside its own computeIfAbsent.
            FutureTask<Object> mine = new FutureTask<>(() -> Objects.requireNonNull(key.compute.apply(this), key.name));
            task = values.putIfAbsent(key, mine);
            if (task == null) {
                task = mine;
                mine.run();
            }
        }
        return (T) Workers.get(task);
    }

    /** Whether {@code key} has been computed already; lets tests check that work is not repeated. */
    public boolean has(Key<?> key) {
        FutureTask<Object> task = values.get(key);
        return task != null && task.isDone();
    }
}
