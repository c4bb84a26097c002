package dev.precis.evidence;

import dev.precis.model.ClusterText;
import dev.precis.model.Evidence;
import dev.precis.represent.TermVectors;

/** Finds what the sources say together: support, disagreements, quotes, timeline. */
public interface EvidenceFinder {
    Evidence find(ClusterText text, TermVectors vectors);
}
