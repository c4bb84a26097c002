package dev.precis.ingest;

import dev.precis.model.Cluster;

/**
 * One item read from a source: either a cluster ({@code error} null) or, for one unusable JSONL
 * line, a one-line error message ({@code cluster} null) so the caller can report that line and go
 * on with the rest.
 *
 * @param line 1-based line number in a JSONL file; 0 for folders and single files
 */
public record ClusterInput(Cluster cluster, String error, long line) {
    public ClusterInput {
        if ((cluster == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of cluster and error must be set");
        }
    }

    public static ClusterInput of(Cluster cluster, long line) {
        return new ClusterInput(cluster, null, line);
    }

    public static ClusterInput failed(String error, long line) {
        return new ClusterInput(null, error, line);
    }

    public boolean ok() {
        return error == null;
    }
}
