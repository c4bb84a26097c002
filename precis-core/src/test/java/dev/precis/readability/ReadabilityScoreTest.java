package dev.precis.readability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Pipeline;
import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.model.BadInputException;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.testing.Shared;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readability figures of issue 10 on the 60 labelled val-raw clusters, with today's code and
 * default options: the share of summary sentences in each class, the share of summaries holding any
 * sentence that is not "ok", the clusters that failed, and every sentence no label covers (read
 * them and add their labels). Prints the figures; asserts only that the labels cover what they
 * claim to, since the figures are for people to judge.
 */
class ReadabilityScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scoresTheLabelledSample() throws IOException {
        Path data = Shared.require("data/multinews/val-raw.jsonl");
        Path dir = Shared.repo("labels/readability");
        Set<String> ids = new LinkedHashSet<>(Files.readAllLines(dir.resolve("sample-ids.txt")));
        ids.removeIf(String::isBlank);
        assertThat(ids).hasSize(60);
        ReadabilityLabels labels = ReadabilityLabels.read(dir.resolve("labels.jsonl"));
        Pipeline pipeline = Precis.pipeline();
        Map<String, Integer> counts = new TreeMap<>();
        int sentences = 0, summaries = 0, withBad = 0, failed = 0;
        List<String> unlabelled = new ArrayList<>();
        for (ClusterInput in : Sources.readAll(data)) {
            if (in.cluster() == null || !ids.contains(in.cluster().id())) continue;
            summaries++;
            Summary s;
            try {
                s = pipeline.summarize(in.cluster(), SummaryOptions.defaults());
            } catch (BadInputException e) {
                failed++;
                System.out.println("failed " + in.cluster().id() + ": " + e.getMessage());
                continue;
            }
            boolean bad = false;
            String prev = "";
            for (SummarySentence ss : s.sentences()) {
                sentences++;
                String label = labels.label(s.clusterId(), prev, ss.text());
                if (label == null) {
                    ObjectNode n = JSON.createObjectNode();
                    n.put("cluster", s.clusterId());
                    n.put("prev", prev);
                    n.put("text", ss.text());
                    n.put("label", "?");
                    unlabelled.add(n.toString());
                    label = "?";
                }
                counts.merge(label, 1, Integer::sum);
                bad |= !label.equals("ok") && !label.equals("?");
                prev = ss.text();
            }
            if (bad) withBad++;
        }
        assertThat(summaries).isEqualTo(60);
        System.out.printf("readability: %d summaries, %d sentences, %d failed clusters%n", summaries, sentences, failed);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            System.out.printf("  %-14s %4d  %5.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(1, sentences));
        }
        System.out.printf("  summaries with any labelled bad sentence: %d (%.1f%%)%n", withBad, 100.0 * withBad / summaries);
        System.out.printf("  unlabelled sentences: %d%n", unlabelled.size());
        unlabelled.forEach(u -> System.out.println("  unlabelled " + u));
    }
}
