package dev.precis.ingest;

import java.util.Iterator;
import java.util.List;

/**
 * The clusters of one source, read lazily (a JSONL file is streamed line by line). Iterate once;
 * close when done. {@link #close()} throws nothing. Iteration may throw
 * {@link dev.precis.model.BadInputException} when the file itself becomes unreadable (a truncated gzip);
 * a bad line is not an exception but a {@link ClusterInput} with an error.
 */
public interface ClusterStream extends Iterable<ClusterInput>, AutoCloseable {
    @Override
    void close();

    /** A stream over clusters already in memory (a folder or a single file). */
    static ClusterStream of(List<ClusterInput> inputs) {
        List<ClusterInput> copy = List.copyOf(inputs);
        return new ClusterStream() {
            @Override
            public Iterator<ClusterInput> iterator() {
                return copy.iterator();
            }

            @Override
            public void close() {
            }
        };
    }
}
