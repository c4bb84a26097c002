package dev.precis.eval.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The evidence labels of {@code labels/evidence} (format: labels/evidence/README.md), one list per file. */
public record Labels(List<JsonNode> disagreements, List<JsonNode> fullRead, List<JsonNode> quotes,
                     List<JsonNode> timeline, List<JsonNode> citations) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Labels load(Path dir) {
        if (!Files.isDirectory(dir)) throw new BadInputException("no labels folder: " + dir);
        return new Labels(read(dir, "disagreements.jsonl"), read(dir, "full-read.jsonl"), read(dir, "quotes.jsonl"),
                read(dir, "timeline.jsonl"), read(dir, "citations.jsonl"));
    }

    /**
     * The clusters that label round {@code round} judged (the {@code round} field of any label file; lines before
     * round 6 carry none), so that a round's clusters can be scored alone: a blind round's first figure.
     */
    public Set<String> clustersOfRound(String round) {
        Set<String> clusters = new TreeSet<>();
        Stream.of(disagreements, fullRead, quotes, timeline, citations).flatMap(List::stream)
                .filter(l -> l.path("round").asText().equals(round))
                .forEach(l -> clusters.add(l.path("cluster").asText()));
        return clusters;
    }

    private static List<JsonNode> read(Path dir, String name) {
        Path file = dir.resolve(name);
        List<JsonNode> out = new ArrayList<>();
        try {
            int line = 0;
            for (String s : Files.readAllLines(file)) {
                line++;
                if (s.isBlank()) continue;
                try {
                    out.add(JSON.readTree(s));
                } catch (IOException e) {
                    throw new BadInputException("bad label at " + file + ":" + line + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read labels " + file);
        }
        return out;
    }
}
