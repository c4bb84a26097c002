package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reproduces ROUGE-1.5.5's per-pair scores of {@code ../shared/data/rouge/rouge155-vectors.jsonl}
 * (190 pairs, 4 configurations, R/P/F of ROUGE-1, -2, -L and -SU4) and the plain means of
 * {@code rouge155-averages.json}. ROUGE-1.5.5 prints 5 decimals, so a per-pair figure must be
 * equal to the printed one once rounded the way ROUGE-1.5.5 rounds ({@link RougeScores#rounded()}).
 */
class RougeReferenceTest {

    static final Map<String, RougeOptions> CONFIGS = new LinkedHashMap<>();

    static {
        CONFIGS.put("std", RougeOptions.standard());
        CONFIGS.put("nolimit", RougeOptions.standard().withoutLimit());
        CONFIGS.put("nostem", RougeOptions.standard().withoutLimit().withStemming(false));
        CONFIGS.put("b665", RougeOptions.standard().withByteLimit(665));
    }

    static final String[] METRICS = {"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"};
    static final ObjectMapper JSON = new ObjectMapper();
    static Path dir;
    static List<JsonNode> pairs;

    @BeforeAll
    static void load() throws IOException {
        dir = Path.of(System.getProperty("precis.root", "..")).resolve("../shared/data/rouge").normalize();
        assumeTrue(Files.isRegularFile(dir.resolve("rouge155-vectors.jsonl")),
                "no ROUGE reference figures at " + dir);
        pairs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("rouge155-vectors.jsonl"), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    pairs.add(JSON.readTree(line));
                }
            }
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static RougeScores.Score metric(RougeScores s, String name) {
        return switch (name) {
            case "ROUGE-1" -> s.rouge1();
            case "ROUGE-2" -> s.rouge2();
            case "ROUGE-L" -> s.rougeL();
            case "ROUGE-SU4" -> s.rougeSU4();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Scores every pair under one configuration, rounded as ROUGE-1.5.5 prints. */
    static List<RougeScores> scoreAll(RougeOptions options) {
        Rouge rouge = Rouge.with(options);
        List<RougeScores> out = new ArrayList<>();
        for (JsonNode pair : pairs) {
            out.add(rouge.score(strings(pair.get("system_sentences")), strings(pair.get("reference_sentences"))).rounded());
        }
        return out;
    }

    @Test
    void everyPerPairFigureMatchesRouge155() {
        assertThat(pairs).hasSize(190);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        int pairsMatching = 0;
        for (Map.Entry<String, RougeOptions> config : CONFIGS.entrySet()) {
            List<RougeScores> ours = scoreAll(config.getValue());
            for (int i = 0; i < pairs.size(); i++) {
                JsonNode expected = pairs.get(i).get("scores").get(config.getKey());
                boolean pairOk = true;
                for (String m : METRICS) {
                    RougeScores.Score got = metric(ours.get(i), m);
                    JsonNode want = expected.get(m);
                    double[] g = {got.recall(), got.precision(), got.f1()};
                    String[] keys = {"R", "P", "F"};
                    for (int k = 0; k < 3; k++) {
                        checked++;
                        double w = want.get(keys[k]).asDouble();
                        if (Math.abs(g[k] - w) > 1e-9) {
                            pairOk = false;
                            failures.add(String.format("%s %s %s-%s: ours %.5f, ROUGE-1.5.5 %.5f",
                                    pairs.get(i).get("id").asText(), config.getKey(), m, keys[k], g[k], w));
                        }
                    }
                }
                if (pairOk) {
                    pairsMatching++;
                }
            }
        }
        System.out.printf("ROUGE-1.5.5 reference: %d of %d figures, %d of %d pair-configurations match%n",
                checked - failures.size(), checked, pairsMatching, pairs.size() * CONFIGS.size());
        assertThat(failures).as("figures that differ from ROUGE-1.5.5 (%d)", failures.size()).isEmpty();
    }

    @Test
    void plainMeansMatchAverages() throws IOException {
        JsonNode averages = JSON.readTree(dir.resolve("rouge155-averages.json").toFile());
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, RougeOptions> config : CONFIGS.entrySet()) {
            RougeScores mean = RougeScores.mean(scoreAll(config.getValue()));
            JsonNode want = averages.get(config.getKey()).get("plain_mean");
            assertThat(averages.get(config.getKey()).get("n").asInt()).isEqualTo(pairs.size());
            for (String m : METRICS) {
                RougeScores.Score got = metric(mean, m);
                double[] g = {got.recall(), got.precision(), got.f1()};
                String[] keys = {"R", "P", "F"};
                for (int k = 0; k < 3; k++) {
                    double w = want.get(m).get(keys[k]).asDouble();
                    if (Math.abs(g[k] - w) > 1e-9) {
                        failures.add(String.format("%s %s-%s mean: ours %.8f, expected %.8f",
                                config.getKey(), m, keys[k], g[k], w));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
