package dev.precis.eval.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoring one label round's clusters alone (evidence-score --round; labels/evidence/README.md, round fresh17). */
class LabelRoundTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static JsonNode quoteLabel(String cluster, int start, String speaker, String round) {
        return node("{\"cluster\": \"" + cluster + "\", \"article\": 1, \"start\": " + start + ", \"speaker\": \"" + speaker
                + "\", \"near\": true" + (round == null ? "" : ", \"round\": \"" + round + "\"") + "}");
    }

    private static JsonNode output(int start, String speaker) {
        return node("{\"quotes\": [{\"text\": \"We will build it.\", \"speaker\": \"" + speaker
                + "\", \"sources\": [{\"article\": \"1\", \"index\": 1, \"start\": " + start + ", \"end\": " + (start + 17) + "}]}]}");
    }

    private final Labels labels = new Labels(List.of(), List.of(),
            List.of(quoteLabel("multinews-train-1", 10, "Ann Lee", "blind1"), quoteLabel("multinews-train-1", 40, "Ann Lee", "blind1"),
                    quoteLabel("multinews-train-2", 10, "Bo Chan", "earlier"), quoteLabel("multinews-train-3", 10, "Cy Dunn", null)),
            List.of(), List.of(node("{\"cluster\": \"multinews-val-7\", \"sentence\": \"The plant closed.\", \"article\": 2, \"start\": 0, "
                    + "\"judgement\": \"same\", \"round\": \"blind1\"}")));

    @Test
    void aRoundsClustersAreThoseAnyOfItsLinesName() {
        assertThat(labels.clustersOfRound("blind1")).containsExactly("multinews-train-1", "multinews-val-7");
        assertThat(labels.clustersOfRound("earlier")).containsExactly("multinews-train-2");
        assertThat(labels.clustersOfRound("none")).isEmpty();
    }

    @Test
    void onlyTheRoundsClustersAreScored() {
        Map<String, JsonNode> outputs = new LinkedHashMap<>();
        outputs.put("multinews-train-1", output(10, "Lee"));   // right
        outputs.put("multinews-train-2", output(10, "Dan Roe")); // wrong, another round's cluster
        outputs.put("multinews-train-3", output(10, "Cy Dunn")); // right, a line with no round
        EvidenceReport all = new EvidenceScorer(labels).score(outputs);
        assertThat(all.part(EvidenceScorer.TRAIN).speakerRight()).isEqualTo(2.0 / 3);

        Map<String, JsonNode> round = LabelledRun.ofRound(outputs, labels, "blind1");
        assertThat(round).containsOnlyKeys("multinews-train-1");
        EvidenceReport.Part p = new EvidenceScorer(labels).score(round).part(EvidenceScorer.TRAIN);
        assertThat(p.speakerRight()).isEqualTo(1.0);
        assertThat(p.speakerMissing()).isEqualTo(0.0);
    }
}
