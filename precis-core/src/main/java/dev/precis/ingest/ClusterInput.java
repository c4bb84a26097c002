package dev.precis.ingest;

import dev.precis.model.Cluster;

import java.util.List;

/**
 * One item read from a source: either a cluster ({@code error} null) or, for one unusable JSONL
 * line, a one-line error message ({@code cluster} null) so the caller can report that line and go
 * on with the rest.
 *
 * @param line  1-based line number in a JSONL file (item number in a JSON array); 0 for folders and single files
 * @param id    the cluster's id, also for a failed record when its id could be read (else null)
 * @param notes what reading passed over, and why (a folder's skipped files)
 */
public record ClusterInput(Cluster cluster, String error, long line, String id, List<String> notes) {
    public ClusterInput {
        if ((cluster == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of cluster and error must be set");
        }
        if (cluster != null) id = cluster.id();
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static ClusterInput of(Cluster cluster, long line) {
        return new ClusterInput(cluster, null, line, null, List.of());
    }

    /** A cluster with what reading it passed over and why (files skipped in a folder), for {@code --explain}. */
    public static ClusterInput of(Cluster cluster, long line, List<String> notes) {
        return new ClusterInput(cluster, null, line, null, notes);
    }

    /** An unusable record; {@code id} is the cluster's id when it could be read, else null. */
    public static ClusterInput failed(String id, String error, long line) {
        return new ClusterInput(null, error, line, id, List.of());
    }

    public boolean ok() {
        return error == null;
    }
}
