package dev.precis.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.model.BadInputException;
import dev.precis.model.Article;
import dev.precis.model.Cluster;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The front door for inputs. {@link #open(Path)} picks the reader by {@link InputFormat#of(Path)}:
 * <ul>
 *   <li>a folder: every {@code .txt}, {@code .html}, {@code .htm} file in it (sorted by name, hidden
 *       files skipped) is one article of one cluster named after the folder;</li>
 *   <li>a {@code .txt} file: a cluster of one article (several when it uses Multi-News'
 *       {@code |||||} separator);</li>
 *   <li>an {@code .html}/{@code .htm} file: one article extracted from the page;</li>
 *   <li>a {@code .jsonl} or {@code .ndjson} file (or either gzipped): one cluster a line, streamed;</li>
 *   <li>a {@code .json} file: an array of clusters, or one cluster object.</li>
 * </ul>
 * Text must be UTF-8. Articles are capped at {@link Limits#MAX_ARTICLE_CHARS} characters (the head
 * is kept), JSONL lines at {@link Limits#MAX_JSONL_LINE_BYTES} bytes.
 */
public final class Sources {
    private Sources() {
    }

    /**
     * Opens a source for reading.
     *
     * @throws BadInputException with a one-line message when the path cannot be used
     */
    public static ClusterStream open(Path path) {
        if (path == null) throw new BadInputException("no input path given");
        if (!Files.exists(path)) throw new BadInputException("no such file or folder: " + path);
        if (!Files.isReadable(path)) throw new BadInputException("cannot read " + path + ": permission denied");
        return switch (InputFormat.of(path)) {
            case FOLDER -> {
                List<String> notes = new ArrayList<>();
                Cluster c = readFolder(path, notes);
                yield ClusterStream.of(List.of(ClusterInput.of(c, 0, notes)));
            }
            case JSONL -> new JsonlClusters(path, bytes(path, InputFormat.gzipped(path)));
            case JSON -> ClusterStream.of(readJson(path));
            case TEXT, HTML -> {
                List<Article> articles = readArticleFile(path, false);
                if (articles.isEmpty()) throw new BadInputException("empty file: " + path);
                String id = Texts.baseName(path.getFileName().toString());
                yield ClusterStream.of(List.of(ClusterInput.of(new Cluster(id, articles), 0)));
            }
        };
    }

    /**
     * A {@code .json} file: an array of clusters (each item its own input, numbered from 1, a bad item
     * an error for that item alone) or one cluster object.
     */
    private static List<ClusterInput> readJson(Path path) {
        JsonNode root;
        try (InputStream in = bytes(path, InputFormat.gzipped(path))) {
            byte[] all = in.readNBytes(Limits.MAX_JSONL_LINE_BYTES + 1);
            if (all.length > Limits.MAX_JSONL_LINE_BYTES) {
                throw new BadInputException("JSON file larger than " + (Limits.MAX_JSONL_LINE_BYTES >> 20)
                        + " MB (write one cluster a line, as .jsonl, to stream it): " + path);
            }
            String text = TextFiles.strictUtf8().decode(java.nio.ByteBuffer.wrap(all)).toString();
            if (text.isBlank()) throw new BadInputException("empty file: " + path);
            root = ClusterJson.JSON.readTree(text);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadInputException("not valid UTF-8: " + path);
        } catch (JsonProcessingException e) {
            throw new BadInputException("malformed JSON in " + path + ": " + e.getOriginalMessage().split("\\R")[0]);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + path + ": " + TextFiles.reason(e), e);
        }
        String base = Texts.baseName(path.getFileName().toString());
        if (!root.isArray()) return List.of(ClusterInput.of(ClusterJson.toCluster(root, base), 1));
        if (root.isEmpty()) throw new BadInputException("no clusters in " + path + " (an empty JSON array)");
        List<ClusterInput> out = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root) {
            i++;
            try {
                out.add(ClusterInput.of(ClusterJson.toCluster(c, base + "-" + i), i));
            } catch (BadInputException e) {
                out.add(ClusterInput.failed(idOf(c), "cluster " + i + ": " + e.getMessage(), i));
            }
        }
        return out;
    }

    /** The record's "id" when it has a usable one. */
    static String idOf(JsonNode node) {
        JsonNode id = node == null ? null : node.get("id");
        return id != null && id.isValueNode() && !id.asText().isBlank() ? id.asText().strip() : null;
    }

    /** Reads every cluster of a source into memory; for tests and small inputs. */
    public static List<ClusterInput> readAll(Path path) {
        try (ClusterStream s = open(path)) {
            List<ClusterInput> out = new ArrayList<>();
            for (ClusterInput c : s) out.add(c);
            return out;
        }
    }

    /**
     * One JSONL line (its UTF-8 bytes, without the line break) read exactly as a line of a JSONL
     * file is: for readers that split files themselves, such as Spark's.
     *
     * @param lineNumber 1-based; names the cluster when the line has no "id"
     * @return the cluster or an error record; null for a blank line, which is no cluster
     */
    public static ClusterInput parseJsonlLine(byte[] utf8, long lineNumber) {
        boolean tooLong = utf8.length > Limits.MAX_JSONL_LINE_BYTES;
        return JsonlClusters.parse(new JsonlClusters.RawLine(utf8, tooLong ? 0 : utf8.length, tooLong), lineNumber);
    }

    private static InputStream bytes(Path path, boolean gzip) {
        try {
            InputStream in = Files.newInputStream(path);
            if (!gzip) return in;
            try {
                return new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16);
            } catch (IOException e) {
                in.close();
                throw new BadInputException("not a gzip file: " + path, e);
            }
        } catch (AccessDeniedException e) {
            throw new BadInputException("cannot read " + path + ": permission denied", e);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + path + ": " + TextFiles.reason(e), e);
        }
    }

    static boolean isArticleFile(String lowerName) {
        return lowerName.endsWith(".txt") || lowerName.endsWith(".html") || lowerName.endsWith(".htm");
    }

    /**
     * The articles of a folder. A link that leads outside the folder is not followed (a summary must not
     * leak a file the folder's owner did not put there); it and files without text are noted, not read.
     */
    private static Cluster readFolder(Path dir, List<String> notes) {
        List<Path> files;
        Path real;
        try (Stream<Path> s = Files.list(dir)) {
            real = dir.toRealPath();
            files = s.filter(p -> {
                        String n = p.getFileName().toString();
                        return !n.startsWith(".") && isArticleFile(n.toLowerCase(Locale.ROOT)) && Files.isRegularFile(p);
                    })
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new BadInputException("cannot list " + dir + ": " + TextFiles.reason(e), e);
        }
        if (files.isEmpty()) throw new BadInputException("no .txt or .html articles in " + dir);
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            if (Files.isSymbolicLink(f) && !inside(f, real)) {
                notes.add("skipped " + f.getFileName() + ": a link to a file outside the folder is not followed");
                continue;
            }
            List<Article> read = readArticleFile(f, true);
            if (read.isEmpty()) notes.add("skipped " + f.getFileName() + ": no article text in it");
            articles.addAll(read);
        }
        if (articles.isEmpty()) {
            throw new BadInputException("no readable articles in " + dir + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new Cluster(name == null ? "cluster" : name.toString(), articles);
    }

    private static boolean inside(Path link, Path realDir) {
        try {
            return link.toRealPath().startsWith(realDir);
        } catch (IOException e) {
            return false;
        }
    }

    /** The article(s) of one .txt/.html file; empty when the file has no text. */
    private static List<Article> readArticleFile(Path file, boolean inFolder) {
        String fileName = file.getFileName().toString();
        String base = Texts.baseName(fileName);
        boolean html = !fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
        String raw = TextFiles.read(file, html ? Limits.MAX_HTML_CHARS : Limits.MAX_ARTICLE_CHARS);
        if (TextFiles.isBlank(raw)) return List.of();
        if (html) {
            Article a = HtmlArticles.extract(base, raw);
            return a.text().isBlank() ? List.of() : List.of(a);
        }
        String text = Texts.normalize(raw);
        List<String> pieces = Texts.splitArticles(text);
        List<Article> out = new ArrayList<>();
        if (pieces.size() == 1 && text.indexOf(MultiNews.SEPARATOR) < 0) {
            String body = pieces.get(0);
            out.add(new Article(base, Texts.headline(body), "", null, "", body));
            return out;
        }
        for (int i = 0; i < pieces.size(); i++) {
            String id = inFolder ? base + "-" + (i + 1) : String.valueOf(i + 1);
            out.add(Article.of(id, pieces.get(i)));
        }
        return out;
    }
}
