package dev.precis.cli.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.BadInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The gold answer of a labelled stream: each article's "story" (null for noise). Only eval reads it. */
final class Gold {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Gold() {
    }

    static Map<String, String> read(Path path) {
        Map<String, String> out = new HashMap<>();
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            long n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank()) continue;
                JsonNode node = JSON.readTree(line);
                if (!node.has("story")) throw new BadInputException(path + ":" + n + ": no \"story\" label; eval needs a labelled stream");
                JsonNode story = node.get("story");
                out.put(node.get("id").asText(), story.isNull() ? null : story.asText());
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return out;
    }
}
