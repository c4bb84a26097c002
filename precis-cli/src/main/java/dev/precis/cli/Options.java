package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.OptionValues;
import dev.precis.SummaryOptions;
import dev.precis.Summarizers;
import dev.precis.eval.EvalResult;
import dev.precis.segment.OpenNlpSegmenter;
import dev.precis.select.Budget;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Option parsing and result formatting shared by the eval and bench commands. */
final class Options {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Options() {
    }

    static SummaryOptions summary(int words, String algorithm, String evidence) {
        Budget budget = OptionValues.words(words);
        return SummaryOptions.defaults().withBudget(budget).withAlgorithm(OptionValues.algorithm(algorithm))
                .withEvidence(OptionValues.evidence(evidence));
    }

    static Function<String, List<String>> referenceSplitter() {
        return OpenNlpSegmenter::sentences;
    }

    static ObjectNode toJson(EvalResult r, double wallSeconds) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("algorithm", r.algorithm());
        n.put("clusters", r.clusters());
        n.put("failed", r.failed());
        n.put("rouge1", round(r.rouge1()));
        n.put("rouge2", round(r.rouge2()));
        n.put("rougeSU4", round(r.rougeSU4()));
        n.put("rougeL", round(r.rougeL()));
        n.put("clustersPerSecond", Math.round(r.clustersPerSecond() * 10) / 10.0);
        n.put("meanMs", Math.round(r.meanMs() * 100) / 100.0);
        n.put("p99Ms", Math.round(r.p99Ms() * 100) / 100.0);
        n.put("wallSeconds", Math.round(wallSeconds * 10) / 10.0);
        n.put("cores", Runtime.getRuntime().availableProcessors());
        return n;
    }

    static String markdownHeader() {
        return "| algorithm | ROUGE-1 | ROUGE-2 | ROUGE-SU4 | ROUGE-L | clusters/s | mean ms | p99 ms |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|";
    }

    static String markdownRow(EvalResult r) {
        return String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %.1f | %.2f | %.2f |",
                r.algorithm(), r.rouge1(), r.rouge2(), r.rougeSU4(), r.rougeL(),
                r.clustersPerSecond(), r.meanMs(), r.p99Ms());
    }

    private static double round(double x) {
        return Math.round(x * 100000) / 100000.0;
    }
}
