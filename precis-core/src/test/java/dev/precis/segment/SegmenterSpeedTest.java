package dev.precis.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Speed on the Multi-News validation clusters (raw text, no cleaning): prints ms per cluster. */
class SegmenterSpeedTest {
    static final Path VAL = Path.of(System.getProperty("precis.root", ".."), "..", "shared", "data", "multinews", "val-raw.jsonl");

    static List<List<CleanArticle>> load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<List<CleanArticle>> clusters = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(VAL)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode docs = json.readTree(line).path("documents");
                List<CleanArticle> arts = new ArrayList<>();
                for (JsonNode d : docs) {
                    String text = d.isTextual() ? d.asText() : d.path("text").asText("");
                    arts.add(new CleanArticle(arts.size(), Article.of("d" + (arts.size() + 1), text), text, List.of()));
                }
                clusters.add(arts);
            }
        }
        return clusters;
    }

    @Test
    void segmentsAMultiNewsClusterInAFewMilliseconds() throws IOException {
        assumeTrue(Files.isRegularFile(VAL), "Multi-News validation file not present");
        List<List<CleanArticle>> clusters = load();
        OpenNlpSegmenter seg = new OpenNlpSegmenter();
        long words = 0, sentences = 0;
        for (List<CleanArticle> c : clusters) seg.segment(new Cluster("w", List.of()), c); // warm-up
        double ms = Double.MAX_VALUE; // best of three passes on a shared machine
        for (int pass = 0; pass < 3; pass++) {
            words = sentences = 0;
            long t0 = System.nanoTime();
            for (List<CleanArticle> c : clusters) {
                var ct = seg.segment(new Cluster("c", List.of()), c);
                sentences += ct.size();
                for (var s : ct.sentences()) words += s.wordCount();
            }
            ms = Math.min(ms, (System.nanoTime() - t0) / 1e6 / clusters.size());
        }
        System.out.printf("segment: %d clusters, %.1f sentences and %.0f words per cluster, %.2f ms/cluster (best of 3 passes)%n",
                clusters.size(), (double) sentences / clusters.size(), (double) words / clusters.size(), ms);
        assertThat(ms).isLessThan(50.0);
    }
}
