package dev.precis.eval.evidence;

import dev.precis.model.BadInputException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.Pipeline;
import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.ClusterStream;
import dev.precis.ingest.Sources;
import dev.precis.render.JsonRenderer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Summarises every cluster of a JSONL file as {@code --format json} would, and scores it against the labels. */
public final class LabelledRun {
    private LabelledRun() {
    }

    public static Map<String, JsonNode> outputs(Path data, SummaryOptions options) {
        Pipeline pipeline = Precis.pipeline();
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (ClusterStream stream = Sources.open(data)) {
            for (ClusterInput in : stream) {
                if (!in.ok()) continue;
                try {
                    out.put(in.cluster().id(), JsonRenderer.tree(pipeline.summarize(in.cluster(), options)));
                } catch (BadInputException e) {
                    // A cluster with no summary reports no evidence; its labelled items count as missed.
                }
            }
        }
        return out;
    }

    public static EvidenceReport score(Path data, Path labels) {
        return score(data, labels, null);
    }

    /** @param round a label round whose clusters alone are scored ({@link Labels#clustersOfRound}); null: every cluster */
    public static EvidenceReport score(Path data, Path labels, String round) {
        Labels l = Labels.load(labels);
        Map<String, JsonNode> outputs = outputs(data, SummaryOptions.defaults());
        return new EvidenceScorer(l).score(round == null ? outputs : ofRound(outputs, l, round));
    }

    /** The outputs of the clusters that label round {@code round} judged, in their order. */
    static Map<String, JsonNode> ofRound(Map<String, JsonNode> outputs, Labels labels, String round) {
        Map<String, JsonNode> kept = new LinkedHashMap<>(outputs);
        kept.keySet().retainAll(labels.clustersOfRound(round));
        return kept;
    }
}
