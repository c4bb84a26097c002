package dev.precis.evidence;

import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.represent.TermVectors;

import java.util.List;

final class Disagreements {
    private Disagreements() {
    }

    static List<Disagreement> find(ClusterText text, TermVectors v) {
        return List.of();
    }
}
