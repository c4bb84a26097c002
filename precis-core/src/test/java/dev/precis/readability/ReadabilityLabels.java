package dev.precis.readability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand labels of {@code labels/readability/labels.jsonl}: one summary sentence a line, keyed by
 * cluster, the summary sentence before it and its text, so a label outlives code changes but not a
 * change of what the sentence is read after.
 */
final class ReadabilityLabels {
    static final Set<String> CLASSES = Set.of("ok", "needs-context", "off-topic", "fragment", "debris", "glued");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Key(String cluster, String prev, String text) {
    }

    private final Map<Key, String> labels = new HashMap<>();

    static ReadabilityLabels read(Path file) {
        ReadabilityLabels out = new ReadabilityLabels();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                JsonNode n = JSON.readTree(lines.get(i));
                String label = n.path("label").asText();
                if (!CLASSES.contains(label)) throw new IllegalStateException(file + " line " + (i + 1) + ": unknown label '" + label + "'");
                out.labels.put(new Key(n.path("cluster").asText(), n.path("prev").asText(), n.path("text").asText()), label);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The label of a sentence read after {@code prev} ("" for the first), or null when nobody read it so. */
    String label(String cluster, String prev, String text) {
        return labels.get(new Key(cluster, prev, text));
    }

    int size() {
        return labels.size();
    }
}
