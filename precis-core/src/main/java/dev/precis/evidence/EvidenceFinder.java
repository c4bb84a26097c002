package dev.precis.evidence;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.Evidence;

/** Finds what the sources say together: support, disagreements, quotes, timeline. */
public interface EvidenceFinder {
    /** Takes the vectors and alignments from the analysis, which the summary path has usually made already. */
    Evidence find(ClusterAnalysis analysis);
}
