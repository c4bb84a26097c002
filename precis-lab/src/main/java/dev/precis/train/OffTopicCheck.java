package dev.precis.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.Pipeline;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;
import dev.precis.model.BadInputException;
import dev.precis.represent.TermVectors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * How well {@link OffTopic#fit} separates the articles Multi-News+ labels off-topic (the
 * {@code "irrelevant"} indexes of the truncated files) from the others: the area under the ROC
 * curve and the best accuracy over thresholds. Articles the cleaner empties count with fit 0.
 */
public final class OffTopicCheck {

    /**
     * @param articles   labelled articles
     * @param offTopic   of which labelled off-topic
     * @param auc        probability that an off-topic article fits worse than an on-topic one (ties count half)
     * @param threshold  the fit below which calling an article off-topic is most accurate
     * @param accuracy   accuracy at that threshold
     * @param recall     share of off-topic articles under the threshold
     * @param precision  share of articles under the threshold that are off-topic
     */
    public record Result(int articles, int offTopic, double auc, double threshold, double accuracy, double recall, double precision) {
    }

    private OffTopicCheck() {
    }

    /** Scores every article of the first {@code limit} clusters (0: all) of a JSONL(.gz) file with {@code "irrelevant"} labels. */
    public static Result run(Path file, int limit, Pipeline pipeline) throws IOException {
        List<double[]> scored = new ArrayList<>(); // {fit, 1 if off-topic}
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null && (limit <= 0 || n < limit)) {
                if (line.isBlank()) continue;
                n++;
                JsonNode node = json.readTree(line);
                JsonNode labels = node.get("irrelevant");
                if (labels == null || !labels.isArray()) throw new BadInputException(file + ": line " + n + " has no \"irrelevant\" list");
                Set<Integer> off = new HashSet<>();
                labels.forEach(l -> off.add(l.asInt()));
                List<Article> articles = new ArrayList<>();
                List<Boolean> label = new ArrayList<>();
                int i = 0;
                for (JsonNode d : node.get("documents")) {
                    String text = d.asText();
                    if (!text.isBlank()) {
                        articles.add(Article.of("d" + i, text));
                        label.add(off.contains(i));
                    } else {
                        scored.add(new double[] {0, off.contains(i) ? 1 : 0});
                    }
                    i++;
                }
                if (articles.isEmpty()) continue;
                double[] fit;
                try {
                    ClusterText text = pipeline.prepare(new Cluster(node.path("id").asText("line-" + n), articles));
                    fit = OffTopic.fit(text, TermVectors.of(text));
                } catch (BadInputException e) {
                    fit = new double[articles.size()];
                }
                for (int a = 0; a < articles.size(); a++) scored.add(new double[] {fit[a], label.get(a) ? 1 : 0});
            }
        }
        return summarise(scored);
    }

    static Result summarise(List<double[]> scored) {
        double[][] s = scored.toArray(new double[0][]);
        Arrays.sort(s, (a, b) -> Double.compare(a[0], b[0]));
        int total = s.length, pos = 0;
        for (double[] r : s) pos += (int) r[1];
        int neg = total - pos;
        // Mann-Whitney: for each on-topic article, the off-topic ones that fit worse, ties counting half.
        double wins = 0;
        int offBelow = 0;
        int bestCorrect = neg, bestOff = 0, bestAt = 0;
        double bestThreshold = s.length == 0 ? 0 : s[0][0];
        for (int i = 0; i < total; ) {
            int j = i, offTied = 0;
            while (j < total && s[j][0] == s[i][0]) offTied += (int) s[j++][1];
            int onTied = (j - i) - offTied;
            wins += onTied * (offBelow + 0.5 * offTied);
            offBelow += offTied;
            int correct = offBelow + (neg - ((j) - offBelow));
            if (correct > bestCorrect) {
                bestCorrect = correct;
                bestOff = offBelow;
                bestAt = j;
                bestThreshold = j < total ? (s[j - 1][0] + s[j][0]) / 2 : s[j - 1][0] + 1e-9;
            }
            i = j;
        }
        double auc = pos == 0 || neg == 0 ? Double.NaN : wins / ((double) pos * neg);
        return new Result(total, pos, auc, bestThreshold, total == 0 ? 0 : (double) bestCorrect / total,
                pos == 0 ? 0 : (double) bestOff / pos, bestAt == 0 ? 0 : (double) bestOff / bestAt);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }
}
