package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.BadInputException;
import dev.precis.eval.Rouge;
import dev.precis.eval.RougeOptions;
import dev.precis.eval.RougeScores;
import dev.precis.eval.SummaryFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis rouge}: ROUGE-1, -2, -L and -SU4 of summaries against references, as ROUGE-1.5.5. */
@Command(name = "rouge",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Scores system summaries against reference summaries with ROUGE-1, ROUGE-2, ROUGE-L "
                    + "(summary-level union LCS) and ROUGE-SU4, computed exactly as the ROUGE-1.5.5 Perl "
                    + "script does with one reference per summary (-a -n 2 -2 4 -u, alpha 0.5): same tokens, "
                    + "same stemming (-m: WordNet exceptions, then Porter), same length limits.",
            "",
            "Both files are JSON Lines of {\"id\": ..., \"summary\": ...}, the summary a string with one "
                    + "sentence per line or a list of sentences. Every id must be in both files.",
            "",
            "Prints the plain mean over the summaries of recall, precision and F1, each per-summary figure "
                    + "first rounded to 5 decimals as ROUGE-1.5.5 prints it (ROUGE-1.5.5's own average is a "
                    + "bootstrap estimate of the same mean). By default the project protocol: -l 256 with "
                    + "stemming, i.e. ROUGE-1.5.5 -n 2 -m -2 4 -u -l 256."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "2:bad input (unreadable file, ids missing on one side, bad options)"})
public final class RougeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--system", required = true, paramLabel = "SYS.jsonl",
            description = "The summaries to score.")
    Path system;

    @Option(names = "--reference", required = true, paramLabel = "REF.jsonl",
            description = "The reference summaries, one per id.")
    Path reference;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Limit limit;

    static final class Limit {
        @Option(names = "-l", paramLabel = "N",
                description = "Keep the first N words of each summary and reference (ROUGE-1.5.5 -l; default 256; "
                        + "0: no limit).")
        Integer words;

        @Option(names = "-b", paramLabel = "N",
                description = "Keep the first N bytes of each summary and reference instead (ROUGE-1.5.5 -b).")
        Integer bytes;
    }

    @Option(names = "--no-stem", description = "Do not stem (leave out ROUGE-1.5.5's -m).")
    boolean noStem;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RougeOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            err.println("precis rouge: " + e.getMessage());
            return 2;
        }
        Map<String, List<String>> systems;
        Map<String, List<String>> references;
        try {
            systems = SummaryFiles.read(system);
            references = SummaryFiles.read(reference);
        } catch (BadInputException e) {
            err.println("precis rouge: " + e.getMessage());
            return 2;
        }
        String missing = missing(systems, references);
        if (missing != null) {
            err.println("precis rouge: " + missing);
            return 2;
        }
        Rouge rouge = Rouge.with(options);
        List<String> ids = new ArrayList<>(systems.keySet());
        List<RougeScores> scores = IntStream.range(0, ids.size()).parallel()
                .mapToObj(i -> rouge.score(systems.get(ids.get(i)), references.get(ids.get(i))).rounded())
                .collect(Collectors.toList());
        RougeScores mean = RougeScores.mean(scores);
        if (json) {
            out.println(toJson(mean, options, ids.size()));
        } else {
            out.print(table(mean, options, ids.size()));
        }
        out.flush();
        return 0;
    }

    RougeOptions options() {
        RougeOptions options = RougeOptions.standard().withStemming(!noStem);
        if (limit != null && limit.words != null) {
            options = options.withWordLimit(limit.words);
        } else if (limit != null && limit.bytes != null) {
            options = options.withByteLimit(limit.bytes);
        }
        return options;
    }

    /** A one-line complaint naming ids found on one side only (up to 10 each), or null. */
    String missing(Map<String, List<String>> systems, Map<String, List<String>> references) {
        List<String> noReference = systems.keySet().stream().filter(id -> !references.containsKey(id)).toList();
        List<String> noSystem = references.keySet().stream().filter(id -> !systems.containsKey(id)).toList();
        List<String> parts = new ArrayList<>();
        if (!noReference.isEmpty()) {
            parts.add(noReference.size() + " id(s) of " + system + " missing from " + reference + ": " + names(noReference));
        }
        if (!noSystem.isEmpty()) {
            parts.add(noSystem.size() + " id(s) of " + reference + " missing from " + system + ": " + names(noSystem));
        }
        if (systems.isEmpty() && references.isEmpty()) {
            parts.add("no summaries in " + system + " and " + reference);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String names(List<String> ids) {
        String shown = ids.stream().limit(10).map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
        return ids.size() > 10 ? shown + " and " + (ids.size() - 10) + " more" : shown;
    }

    static String table(RougeScores mean, RougeOptions options, int n) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("ROUGE-1.5.5 %s, mean of %d summar%s%n", options.rougeFlags(), n, n == 1 ? "y" : "ies"));
        s.append(String.format("%-10s %9s %9s %9s%n", "", "Recall", "Precision", "F1"));
        row(s, "ROUGE-1", mean.rouge1());
        row(s, "ROUGE-2", mean.rouge2());
        row(s, "ROUGE-L", mean.rougeL());
        row(s, "ROUGE-SU4", mean.rougeSU4());
        return s.toString();
    }

    private static void row(StringBuilder s, String name, RougeScores.Score score) {
        s.append(String.format("%-10s %9.5f %9.5f %9.5f%n", name, score.recall(), score.precision(), score.f1()));
    }

    static String toJson(RougeScores mean, RougeOptions options, int n) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("options", options.rougeFlags());
        root.put("summaries", n);
        score(root.putObject("rouge1"), mean.rouge1());
        score(root.putObject("rouge2"), mean.rouge2());
        score(root.putObject("rougeL"), mean.rougeL());
        score(root.putObject("rougeSU4"), mean.rougeSU4());
        return root.toString();
    }

    private static void score(ObjectNode node, RougeScores.Score score) {
        node.put("recall", score.recall());
        node.put("precision", score.precision());
        node.put("f1", score.f1());
    }
}
