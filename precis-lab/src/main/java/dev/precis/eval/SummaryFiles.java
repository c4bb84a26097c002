package dev.precis.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads summaries to score: JSON Lines of {@code {"id": ..., "summary": ...}} where the summary is
 * a string with one sentence per line or a list of sentences. Other fields are ignored, blank
 * lines skipped. Problems are {@link BadInputException}s naming the file and line.
 */
public final class SummaryFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryFiles() {
    }

    /** Summaries by id, in file order. */
    public static Map<String, List<String>> read(Path file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + lineNo;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new BadInputException(where + ": not a JSON object (" + e.getOriginalMessage() + ")");
                }
                if (node == null || !node.isObject()) {
                    throw new BadInputException(where + ": not a JSON object");
                }
                JsonNode id = node.get("id");
                if (id == null || !(id.isTextual() || id.isNumber())) {
                    throw new BadInputException(where + ": no \"id\" (a string or a number)");
                }
                List<String> sentences = sentences(node.get("summary"), where);
                if (out.putIfAbsent(id.asText(), sentences) != null) {
                    throw new BadInputException(where + ": id \"" + id.asText() + "\" appears twice");
                }
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + file);
        } catch (CharacterCodingException e) {
            throw new BadInputException("not valid UTF-8: " + file);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return Collections.unmodifiableMap(out);
    }

    /** A summary field: a string (one sentence per line) or an array of strings. */
    static List<String> sentences(JsonNode summary, String where) {
        if (summary == null || summary.isNull()) {
            throw new BadInputException(where + ": no \"summary\"");
        }
        List<String> out = new ArrayList<>();
        if (summary.isTextual()) {
            for (String line : summary.asText().split("\n", -1)) {
                out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            }
        } else if (summary.isArray()) {
            for (JsonNode s : summary) {
                if (!s.isTextual()) {
                    throw new BadInputException(where + ": \"summary\" must be a string or a list of strings");
                }
                out.add(s.asText());
            }
        } else {
            throw new BadInputException(where + ": \"summary\" must be a string or a list of strings");
        }
        return List.copyOf(out);
    }
}
