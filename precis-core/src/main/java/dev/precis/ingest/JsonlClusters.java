package dev.precis.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.BadInputException;
import dev.precis.model.Article;
import dev.precis.model.Cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams a JSONL file (optionally gzipped) one cluster a line:
 * {@code {"id", "documents": [...], "summary"?}} or Multi-News' {@code {"document": "a ||||| b"}}.
 * A bad line becomes an error {@link ClusterInput} and reading goes on.
 */
final class JsonlClusters implements ClusterStream {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Limits.MAX_JSONL_LINE_BYTES)
                    .build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path path;
    private final InputStream in;
    private boolean iterated;

    JsonlClusters(Path path, InputStream in) {
        this.path = path;
        this.in = in;
    }

    @Override
    public Iterator<ClusterInput> iterator() {
        if (iterated) throw new IllegalStateException("a ClusterStream can be iterated only once");
        iterated = true;
        return new Iterator<>() {
            private long lineNo;
            private ClusterInput next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    RawLine raw = readLine();
                    if (raw == null) {
                        done = true;
                        break;
                    }
                    lineNo++;
                    next = parse(raw, lineNo);
                }
                return next != null;
            }

            @Override
            public ClusterInput next() {
                if (!hasNext()) throw new NoSuchElementException();
                ClusterInput r = next;
                next = null;
                return r;
            }
        };
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing useful to do
        }
    }

    record RawLine(byte[] bytes, int length, boolean tooLong) {
    }

    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int lim;
    private byte[] line = new byte[1 << 12];

    /** Next line's bytes without the line break; null at end of input. Keeps at most the limit. */
    private RawLine readLine() {
        int len = 0;
        boolean tooLong = false;
        boolean any = false;
        try {
            while (true) {
                if (pos >= lim) {
                    lim = in.read(chunk, 0, chunk.length);
                    pos = 0;
                    if (lim <= 0) {
                        lim = 0;
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < lim && chunk[pos] != '\n') pos++;
                int n = pos - start;
                if (!tooLong) {
                    if ((long) len + n > Limits.MAX_JSONL_LINE_BYTES) {
                        tooLong = true;
                        line = new byte[1 << 12];
                        len = 0;
                    } else {
                        if (len + n > line.length) line = Arrays.copyOf(line, Math.max(len + n, line.length * 2));
                        System.arraycopy(chunk, start, line, len, n);
                        len += n;
                    }
                }
                if (pos < lim) {
                    pos++;
                    break;
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read " + path + ": " + TextFiles.reason(e), e);
        }
        if (!any) return null;
        if (len > 0 && line[len - 1] == '\r') len--;
        RawLine r = new RawLine(line, len, tooLong);
        if (line.length > 1 << 20) line = new byte[1 << 12];
        return r;
    }

    static ClusterInput parse(RawLine raw, long n) {
        if (raw.tooLong()) {
            return ClusterInput.failed(null, "line " + n + ": longer than " + (Limits.MAX_JSONL_LINE_BYTES >> 20)
                    + " MB, skipped", n);
        }
        int offset = n == 1 && raw.length() >= 3 && TextFiles.hasBom(raw.bytes()) ? 3 : 0;
        String text;
        try {
            text = TextFiles.strictUtf8().decode(ByteBuffer.wrap(raw.bytes(), offset, raw.length() - offset)).toString();
        } catch (CharacterCodingException e) {
            return ClusterInput.failed(null, "line " + n + ": not valid UTF-8", n);
        }
        if (text.isBlank()) return null; // a blank line separates nothing and is no cluster
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return ClusterInput.failed(null, "line " + n + ": malformed JSON: " + e.getOriginalMessage().split("\\R")[0], n);
        }
        try {
            return ClusterInput.of(ClusterJson.toCluster(node, "line-" + n), n);
        } catch (BadInputException e) {
            return ClusterInput.failed(Sources.idOf(node), "line " + n + ": " + e.getMessage(), n);
        }
    }
}
