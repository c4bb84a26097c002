package dev.precis.evidence;

import dev.precis.model.ClusterText;
import dev.precis.model.TimelineEvent;
import dev.precis.represent.TermVectors;

import java.util.List;

final class Timeline {
    private Timeline() {
    }

    static List<TimelineEvent> find(ClusterText text, TermVectors v, int[][] best) {
        return List.of();
    }
}
