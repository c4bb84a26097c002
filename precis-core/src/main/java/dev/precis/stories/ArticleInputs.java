package dev.precis.stories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.ClusterStream;
import dev.precis.ingest.Sources;
import dev.precis.model.Article;
import dev.precis.model.BadInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads single articles for the grouper: JSONL (optionally gzipped) with one article a line
 * ({@code {"id", "text", "title", "url", "outlet", "date"}}), or folders and {@code .txt}/{@code .html}
 * files read exactly as {@code summarize} reads them. A line's {@code story} field, present in the
 * labelled streams, is never read: it is the answer the grouper is judged against.
 */
public final class ArticleInputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleInputs() {
    }

    /** Calls {@code sink} for every article of {@code path}, in file order. */
    public static void read(Path path, Consumer<Article> sink) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(path) && (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz"))) {
            readJsonl(path, name.endsWith(".gz"), sink);
            return;
        }
        try (ClusterStream stream = Sources.open(path)) {
            for (ClusterInput in : stream) {
                if (in.error() != null) throw new BadInputException(in.error());
                in.cluster().articles().forEach(sink);
            }
        }
    }

    private static void readJsonl(Path path, boolean gzip, Consumer<Article> sink) {
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT)), 1 << 16)) {
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) continue;
                sink.accept(article(line, path, number));
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException("not valid UTF-8: " + path, e);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new BadInputException("cannot read " + path + ": " + e.getCause().getMessage(), e);
        }
    }

    static Article article(String line, Path path, long number) {
        String where = path + ":" + number + ": ";
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadInputException(where + "not valid JSON");
        }
        if (node == null || !node.isObject()) throw new BadInputException(where + "expected a JSON object with \"id\" and \"text\"");
        String id = string(node, "id");
        String text = string(node, "text");
        if (id == null || id.isBlank()) throw new BadInputException(where + "missing \"id\"");
        if (text == null) throw new BadInputException(where + "missing \"text\" for article " + id);
        LocalDate date = null;
        String day = string(node, "date");
        if (day != null && !day.isBlank()) {
            try {
                date = LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day);
            } catch (DateTimeParseException e) {
                throw new BadInputException(where + "\"date\" is not an ISO date (YYYY-MM-DD): " + day);
            }
        }
        return new Article(id, string(node, "title"), string(node, "outlet"), date, string(node, "url"), text);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
