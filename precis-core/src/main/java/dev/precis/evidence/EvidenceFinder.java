package dev.precis.evidence;

import dev.precis.evidence.align.Alignments;

import dev.precis.model.ClusterText;
import dev.precis.model.Evidence;
import dev.precis.represent.TermVectors;

/** Finds what the sources say together: support, disagreements, quotes, timeline. */
public interface EvidenceFinder {
    /** Uses alignments the caller already made for the cluster (the pipeline makes them once). */
    Evidence find(ClusterText text, TermVectors vectors, Alignments alignments);

    default Evidence find(ClusterText text, TermVectors vectors) {
        return find(text, vectors, Alignments.of(text, vectors));
    }
}
