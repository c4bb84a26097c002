package dev.precis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import dev.precis.select.Budget;
import dev.precis.select.Selector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A rough side-by-side of every scorer with every selector on Multi-News val-raw: time per cluster
 * and a crude ROUGE-2 F1 (lower-cased tokens, no stemming, no cleaning, test segmentation). For
 * relative comparisons while the real pipeline and ROUGE are being built; run with
 * {@code -Dprecis.bench=true -Dtest=SelectionBench}.
 */
@EnabledIfSystemProperty(named = "precis.bench", matches = "true")
class SelectionBench {
    record Item(ClusterText text, String reference) {
    }

    @Test
    void compare() throws Exception {
        Path root = Path.of(System.getProperty("precis.root", ".."));
        Path file = root.resolve("../shared/data/multinews/val-raw.jsonl");
        if (!Files.exists(file)) file = Path.of("/work/shared/data/multinews/val-raw.jsonl");
        List<Item> items = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode node = json.readTree(line);
                List<String> docs = new ArrayList<>();
                for (JsonNode d : node.get("documents")) docs.add(flatten(d.isTextual() ? d.asText() : d.path("text").asText()));
                items.add(new Item(TestClusters.cluster(docs.toArray(new String[0])), node.path("summary").asText()));
            }
        }
        Budget budget = Budget.words(Integer.getInteger("precis.bench.words", 256));
        System.out.printf(Locale.ROOT, "%d clusters, %s%n", items.size(), budget);
        for (String extra : System.getProperty("precis.bench.extra", "").split(";")) {
            if (extra.isBlank()) continue;
            // "centroid:0.2:0.7" = centroid scorer with position weight 0.2, MMR lambda 0.7
            // "lexrank::0.5" = lexrank with MMR lambda 0.5
            String[] p = extra.split(":", -1);
            dev.precis.score.Scorer scorer = p[0].equals("centroid") && !p[1].isEmpty()
                    ? new dev.precis.score.CentroidScorer(Double.parseDouble(p[1])) : Summarizers.get(p[0]).scorer();
            double lambda = p.length > 2 && !p[2].isEmpty() ? Double.parseDouble(p[2]) : 0.7;
            double redundancy = p.length > 3 && !p[3].isEmpty() ? Double.parseDouble(p[3]) : 0.5;
            run(items, budget, extra, new Summarizer(p[0], scorer, new dev.precis.select.MmrSelector(lambda, redundancy)));
        }
        String names = System.getProperty("precis.bench.names", "");
        String selectors = System.getProperty("precis.bench.selectors", "");
        for (String name : Summarizers.names()) {
            if (!names.isEmpty() && !List.of(names.split(",")).contains(name)) continue;
            for (Map.Entry<String, Selector> sel : Summarizers.selectors().entrySet()) {
                if (!selectors.isEmpty() && !List.of(selectors.split(",")).contains(sel.getKey())) continue;
                run(items, budget, name + " " + sel.getKey(), Summarizers.get(name).withSelector(sel.getValue()));
            }
        }
    }

    private static void run(List<Item> items, Budget budget, String label, Summarizer s) {
                for (Item it : items.subList(0, 30)) s.choose(it.text(), budget); // warm up
                double rouge = 0;
                long nanos = 0, worst = 0;
                for (Item it : items) {
                    long t0 = System.nanoTime();
                    TermVectors v = TermVectors.of(it.text());
                    List<Sentence> chosen = s.choose(it.text(), v, budget);
                    long dt = System.nanoTime() - t0;
                    nanos += dt;
                    worst = Math.max(worst, dt);
                    StringBuilder out = new StringBuilder();
                    for (Sentence x : chosen) out.append(x.text()).append(' ');
                    rouge += rouge2(out.toString(), it.reference());
                }
                System.out.printf(Locale.ROOT, "%-22s R2-F1 %.4f  mean %.2f ms  max %.1f ms%n", label,
                        rouge / items.size(), nanos / 1e6 / items.size(), worst / 1e6);
    }

    /** Lines become sentences: a line without end punctuation gets a full stop. */
    static String flatten(String doc) {
        StringBuilder b = new StringBuilder();
        for (String line : doc.split("\\s*\\n\\s*")) {
            line = line.strip();
            if (line.isEmpty()) continue;
            b.append(line);
            char last = line.charAt(line.length() - 1);
            if (".?!\"\u201D".indexOf(last) < 0) b.append('.');
            b.append(' ');
        }
        return b.toString().strip();
    }

    static double rouge2(String candidate, String reference) {
        Map<String, Integer> c = bigrams(candidate), r = bigrams(reference);
        int overlap = 0, nc = 0, nr = 0;
        for (int x : c.values()) nc += x;
        for (Map.Entry<String, Integer> e : r.entrySet()) {
            nr += e.getValue();
            overlap += Math.min(e.getValue(), c.getOrDefault(e.getKey(), 0));
        }
        if (overlap == 0) return 0;
        double p = (double) overlap / nc, rec = (double) overlap / nr;
        return 2 * p * rec / (p + rec);
    }

    static Map<String, Integer> bigrams(String text) {
        String[] t = text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        Map<String, Integer> m = new HashMap<>();
        String prev = null;
        for (String w : t) {
            if (w.isEmpty()) continue;
            if (prev != null) m.merge(prev + " " + w, 1, Integer::sum);
            prev = w;
        }
        return m;
    }
}
