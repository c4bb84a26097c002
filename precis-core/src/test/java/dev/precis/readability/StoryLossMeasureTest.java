package dev.precis.readability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.NoStoryText;
import dev.precis.Pipeline;
import dev.precis.Precis;
import dev.precis.clean.rules.Rules;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.ClusterStream;
import dev.precis.ingest.Sources;
import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;
import dev.precis.model.BadInputException;
import dev.precis.segment.OpenNlpSegmenter;
import dev.precis.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measurements of issue 10 over whole validation files (minutes, so only with
 * {@code -Dprecis.measure=true}): clusters that get no summary although an article holds three or
 * more story sentences, and the off-topic marks against the Multi-News+ {@code irrelevant} labels of
 * the truncated file.
 */
@EnabledIfSystemProperty(named = "precis.measure", matches = "true")
class StoryLossMeasureTest {
    /** A story sentence: at least this many words, ends like a sentence, no debris rule takes it. */
    static final int STORY_WORDS = 8;

    @Test
    void emptySummariesOnValRaw() {
        report(Shared.require("data/multinews/val-raw.jsonl"));
    }

    @Test
    void emptySummariesAndOffTopicOnValTruncated() throws IOException {
        Path data = Shared.require("data/multinews/val-truncated.jsonl.gz");
        Map<String, Set<Integer>> irrelevant = irrelevant(data);
        Map<String, String[]> marks = report(data);
        int tp = 0, fp = 0, fn = 0;
        for (Map.Entry<String, String[]> e : marks.entrySet()) {
            Set<Integer> gold = irrelevant.getOrDefault(e.getKey(), Set.of());
            String[] why = e.getValue();
            for (int a = 0; a < why.length; a++) {
                boolean marked = why[a] != null, labelled = gold.contains(a);
                if (marked && labelled) tp++;
                else if (marked) fp++;
                else if (labelled) fn++;
            }
        }
        System.out.printf("off-topic vs Multi-News+ irrelevant: marked %d, labelled %d, agree %d: precision %.3f, recall %.3f%n",
                tp + fp, tp + fn, tp, tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn));
    }

    /** Summarises nothing; prepares every cluster, prints the failures, returns each cluster's off-topic marks. */
    private static Map<String, String[]> report(Path data) {
        Pipeline pipeline = Precis.pipeline();
        Map<String, String[]> marks = new HashMap<>();
        int clusters = 0, failed = 0, failedWithStory = 0;
        try (ClusterStream stream = Sources.open(data)) {
            for (ClusterInput in : stream) {
                if (in.cluster() == null) continue;
                clusters++;
                Cluster c = in.cluster();
                List<CleanArticle> articles;
                try {
                    ClusterText text = pipeline.prepare(c);
                    articles = text.articles();
                } catch (NoStoryText e) {
                    articles = e.articles();
                    failed++;
                    int best = 0;
                    for (Article a : c.articles()) best = Math.max(best, storySentences(a.text()));
                    if (best >= 3) failedWithStory++;
                    System.out.printf("no summary %s (most story sentences in one article: %d)%s%n", c.id(), best, offTopicNote(articles));
                } catch (BadInputException e) {
                    failed++;
                    System.out.println("no summary " + c.id() + ": " + e.getMessage());
                    continue;
                }
                String[] why = new String[articles.size()];
                for (int a = 0; a < why.length; a++) why[a] = articles.get(a).offTopic();
                marks.put(c.id(), why);
            }
        }
        System.out.printf("%s: %d clusters, %d without a summary, %d of them with an article of 3+ story sentences%n",
                data.getFileName(), clusters, failed, failedWithStory);
        assertThat(clusters).isPositive();
        return marks;
    }

    private static String offTopicNote(List<CleanArticle> articles) {
        StringBuilder sb = new StringBuilder();
        for (CleanArticle a : articles) if (a.offTopic() != null) sb.append(" [").append(a.index() + 1).append(" off topic: ").append(a.offTopic()).append(']');
        return sb.toString();
    }

    static int storySentences(String raw) {
        int n = 0;
        for (String s : OpenNlpSegmenter.sentences(raw.replace("NEWLINE_CHAR", "\n"))) {
            String t = s.strip();
            if (t.split("\\s+").length < STORY_WORDS || !dev.precis.clean.Line.endsSentence(t)) continue;
            if (Rules.sentenceDebris(t).isPresent()) continue;
            n++;
        }
        return n;
    }

    private static Map<String, Set<Integer>> irrelevant(Path gz) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<Integer>> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                Set<Integer> s = new HashSet<>();
                for (JsonNode i : n.path("irrelevant")) s.add(i.asInt());
                out.put(n.path("id").asText(), s);
            }
        }
        return out;
    }
}
