package dev.precis.ingest;

import dev.precis.model.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * What kind of input a path holds, decided in one place for the CLI and the library: by its
 * extension, and by its first bytes when the extension says nothing ({@code .txt} or none).
 */
public enum InputFormat {
    /** A folder of {@code .txt}/{@code .html} articles: one cluster. */
    FOLDER(false),
    /** A plain-text article (or several, with Multi-News' {@code |||||}): one cluster. */
    TEXT(false),
    /** One HTML page: one cluster of one article. */
    HTML(false),
    /** One cluster a line ({@code .jsonl}, {@code .ndjson}, optionally gzipped). */
    JSONL(true),
    /** One JSON document: an array of clusters, or one cluster object ({@code .json}). */
    JSON(true);

    private final boolean batch;

    InputFormat(boolean batch) {
        this.batch = batch;
    }

    /** Whether the input holds records of clusters (each summarised on its own, one output record each). */
    public boolean batch() {
        return batch;
    }

    /**
     * The format of an existing path.
     *
     * @throws BadInputException when the path cannot be used as input
     */
    public static InputFormat of(Path path) {
        if (path == null) throw new BadInputException("no input path given");
        if (!Files.exists(path)) throw new BadInputException("no such file or folder: " + path);
        if (!Files.isReadable(path)) throw new BadInputException("cannot read " + path + ": permission denied");
        if (Files.isDirectory(path)) return FOLDER;
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (bare.endsWith(".jsonl") || bare.endsWith(".ndjson")) return JSONL;
        if (bare.endsWith(".json")) return JSON;
        if (name.endsWith(".gz")) {
            throw new BadInputException("unsupported input (a gzip file must be .jsonl.gz, .ndjson.gz or .json.gz): " + path);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) return HTML;
        if (name.endsWith(".txt") || !name.contains(".")) return sniff(path);
        throw new BadInputException("unsupported input (expected a folder, .txt, .html, .jsonl, .ndjson, .json or their .gz): " + path);
    }

    /** Whether a file name ends in .gz (the reader must decompress it). */
    static boolean gzipped(Path path) {
        Path f = path.getFileName();
        return f != null && f.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** A .txt (or extension-less) file that opens with '{' holds JSON lines, with '[' a JSON array. */
    private static InputFormat sniff(Path path) {
        byte[] head = new byte[256];
        int n;
        try (InputStream in = gzipped(path) ? new GZIPInputStream(Files.newInputStream(path)) : Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return TEXT; // the reader reports the I/O problem with its own message
        }
        int i = TextFiles.hasBom(head) ? 3 : 0;
        while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) i++;
        if (i < n && head[i] == '{') return JSONL;
        if (i < n && head[i] == '[') return JSON;
        return TEXT;
    }
}
