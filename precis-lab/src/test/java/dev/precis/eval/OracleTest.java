package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OracleTest {

    static final List<String> REF = List.of(
            "A storm hit the coast on Monday, flooding homes.",
            "Rescuers saved 40 people from the water.");

    @Test
    void choosesTheSentencesThatCover() {
        List<String> candidates = List.of(
                "Officials met to discuss the budget.",
                "A storm hit the coast on Monday and flooded homes.",
                "Sports results were announced.",
                "Rescuers saved 40 people from the rising water.");
        Oracle.Result r = Oracle.standard().select(candidates, REF);
        assertThat(r.selectedInOrder()).containsExactly(1, 3);
        assertThat(r.rouge1Recall()[1]).isGreaterThan(r.rouge1Recall()[0]);
        assertThat(r.rouge2Recall()[2]).isZero();
        assertThat(r.isSelected(0)).isFalse();
    }

    @Test
    void keepsToTheBudget() {
        List<String> candidates = List.of(
                "A storm hit the coast on Monday, flooding homes and rescuers saved 40 people from the water.",
                "A storm hit the coast.");
        Oracle.Result r = new Oracle(6).select(candidates, REF);
        assertThat(r.selected()).containsExactly(1);
        assertThat(r.words()).isEqualTo(5);
    }

    /** The oracle's own score is ROUGE's score of what it chose, and no sentence left adds to it. */
    @Test
    void scoreIsRougeOfTheChosenSummaryAndGreedyIsStuck() throws IOException {
        Path file = Path.of(System.getProperty("precis.root", "..")).resolve("../shared/data/rouge/rouge155-vectors.jsonl");
        assumeTrue(Files.isRegularFile(file));
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> refs = new LinkedHashMap<>();
        Map<String, LinkedHashSet<String>> pools = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode n = json.readTree(line);
            String cluster = n.get("id").asText().split("#")[0];
            List<String> ref = new ArrayList<>();
            n.get("reference_sentences").forEach(s -> ref.add(s.asText()));
            refs.put(cluster, ref);
            LinkedHashSet<String> pool = pools.computeIfAbsent(cluster, k -> new LinkedHashSet<>());
            n.get("system_sentences").forEach(s -> pool.add(s.asText()));
        }
        int clusters = 0;
        double sum = 0;
        long start = System.nanoTime();
        for (String cluster : refs.keySet()) {
            List<String> candidates = new ArrayList<>(pools.get(cluster));
            Rouge.Reference ref = Rouge.standard().reference(refs.get(cluster));
            Oracle.Result r = Oracle.standard().select(candidates, ref);
            List<String> chosen = new ArrayList<>();
            for (int i : r.selected()) {
                chosen.add(candidates.get(i));
            }
            RougeScores s = ref.score(chosen);
            assertThat(r.score()).isCloseTo(s.rouge1().f1() + s.rouge2().f1(), within(1e-12));
            assertThat(r.words()).isLessThanOrEqualTo(256);
            for (int c = 0; c < candidates.size(); c++) {
                if (!r.isSelected(c)) {
                    List<String> more = new ArrayList<>(chosen);
                    more.add(candidates.get(c));
                    RougeScores m = ref.score(more);
                    if (r.words() + wordCount(candidates.get(c)) <= 256) {
                        assertThat(m.rouge1().f1() + m.rouge2().f1()).isLessThanOrEqualTo(r.score() + 1e-12);
                    }
                }
            }
            for (int c = 0; c < candidates.size(); c++) {
                if (wordCount(candidates.get(c)) <= 256) {
                    RougeScores alone = ref.score(List.of(candidates.get(c)));
                    assertThat(r.rouge1Recall()[c]).isCloseTo(alone.rouge1().recall(), within(1e-12));
                    assertThat(r.rouge2Recall()[c]).isCloseTo(alone.rouge2().recall(), within(1e-12));
                }
            }
            sum += s.rouge1().f1();
            clusters++;
        }
        System.out.printf("oracle over %d clusters: mean ROUGE-1 F1 %.4f, %.2f ms per cluster%n",
                clusters, sum / clusters, (System.nanoTime() - start) / 1e6 / clusters);
        assertThat(clusters).isGreaterThan(50);
    }

    static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("[ \t\n\r\f\u000B]+").length;
    }
}
