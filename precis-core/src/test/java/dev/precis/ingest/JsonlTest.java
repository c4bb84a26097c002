package dev.precis.ingest;

import dev.precis.model.BadInputException;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonlTest {
    @TempDir
    Path tmp;

    private List<ClusterInput> read(String... lines) throws IOException {
        Path p = tmp.resolve("in.jsonl");
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return Sources.readAll(p);
    }

    @Test
    void stringsAndObjects() throws IOException {
        List<ClusterInput> in = read(
                "{\"id\": \"c1\", \"documents\": [\"Plain text one.\", {\"text\": \"Object text.\", \"title\": \"T\","
                        + " \"url\": \"https://e.org/a\", \"outlet\": \"Wire\", \"date\": \"2020-02-03\"},"
                        + " {\"id\": \"own\", \"text\": \"Has an id.\", \"date\": \"2020-02-04T10:00:00Z\"},"
                        + " {\"text\": \"Bad date.\", \"date\": \"yesterday\"}], \"summary\": \"Ref.\"}");
        Cluster c = in.get(0).cluster();
        assertThat(in.get(0).line()).isEqualTo(1);
        assertThat(c.id()).isEqualTo("c1");
        assertThat(c.reference()).isEqualTo("Ref.");
        assertThat(c.articles()).extracting(Article::id).containsExactly("1", "2", "own", "4");
        Article o = c.articles().get(1);
        assertThat(o.title()).isEqualTo("T");
        assertThat(o.url()).isEqualTo("https://e.org/a");
        assertThat(o.outlet()).isEqualTo("Wire");
        assertThat(o.date()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(c.articles().get(2).date()).isEqualTo(LocalDate.of(2020, 2, 4));
        assertThat(c.articles().get(3).date()).isNull();
    }

    @Test
    void missingIdSummaryListAndMultiNewsForms() throws IOException {
        List<ClusterInput> in = read(
                "{\"documents\": [\"A one. NEWLINE_CHAR A two. ||||| B one.\"], \"summary\": [\"S1.\", \"S2.\"]}",
                "{\"id\": 7, \"document\": \"X story. ||||| ||||| Y story.\", \"summary\": \"– Ref NEWLINE_CHAR two\"}");
        Cluster a = in.get(0).cluster();
        assertThat(a.id()).isEqualTo("line-1");
        assertThat(a.reference()).isEqualTo("S1.\nS2.");
        assertThat(a.articles()).extracting(Article::text).containsExactly("A one.\nA two.", "B one.");
        assertThat(a.articles()).extracting(Article::id).containsExactly("1", "2");
        Cluster b = in.get(1).cluster();
        assertThat(b.id()).isEqualTo("7");
        assertThat(b.articles()).extracting(Article::text).containsExactly("X story.", "Y story.");
        assertThat(b.reference()).isEqualTo("– Ref\ntwo");
    }

    @Test
    void badLinesBecomeErrorRecordsAndReadingGoesOn() throws IOException {
        List<ClusterInput> in = read(
                "{\"id\": \"ok1\", \"documents\": [\"Fine.\"]}",
                "{\"id\": \"broken\", \"documents\": [\"Fine.\"",
                "[1, 2]",
                "{\"id\": \"nodocs\"}",
                "{\"id\": \"empty\", \"documents\": [\"\", \"  \"]}",
                "{\"id\": \"num\", \"documents\": [3]}",
                "",
                "{\"id\": \"ok2\", \"documents\": [\"Fine too.\"]}");
        assertThat(in).hasSize(8);
        assertThat(in.get(0).cluster().id()).isEqualTo("ok1");
        assertThat(in.get(1).error()).startsWith("line 2: malformed JSON: ");
        assertThat(in.get(1).cluster()).isNull();
        assertThat(in.get(1).line()).isEqualTo(2);
        assertThat(in.get(2).error()).isEqualTo("line 3: expected a JSON object");
        assertThat(in.get(3).error()).startsWith("line 4: no \"documents\"");
        assertThat(in.get(4).error()).isEqualTo("line 5: no non-empty documents");
        assertThat(in.get(5).error()).isEqualTo("line 6: documents[0] is not a string or an object");
        assertThat(in.get(6).error()).isEqualTo("line 7: empty line");
        assertThat(in.get(7).cluster().id()).isEqualTo("ok2");
        assertThat(in).allSatisfy(i -> assertThat(i.error() == null ? "" : i.error()).doesNotContain("\n"));
    }

    @Test
    void trailingGarbageIsMalformed() throws IOException {
        List<ClusterInput> in = read("{\"documents\": [\"ok\"]} trailing");
        assertThat(in.get(0).error()).startsWith("line 1: malformed JSON: ");
    }

    @Test
    void truncatedGzipIsAnError() throws IOException {
        Path p = tmp.resolve("t.jsonl.gz");
        SourcesTest.gzip(p, "{\"id\":\"a\",\"documents\":[\"One.\"]}\n".repeat(2000));
        byte[] all = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> Sources.readAll(p)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("cannot read " + p + ": ");
    }

    @Test
    void invalidUtf8LineIsAnErrorRecord() throws IOException {
        Path p = tmp.resolve("bad.jsonl");
        byte[] good = "{\"documents\": [\"ok\"]}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'd', (byte) 0xFF, '"', '}', '\n'};
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(good);
            out.write(bad);
            out.write(good);
        }
        List<ClusterInput> in = Sources.readAll(p);
        assertThat(in).extracting(ClusterInput::error).containsExactly(null, "line 2: not valid UTF-8", null);
    }

    @Test
    void crlfLineEndingsAndGzip() throws IOException {
        Path p = tmp.resolve("c.jsonl.gz");
        SourcesTest.gzip(p, "{\"id\":\"a\",\"documents\":[\"One.\"]}\r\n{\"id\":\"b\",\"documents\":[\"Two.\"]}");
        assertThat(Sources.readAll(p)).extracting(i -> i.cluster().id()).containsExactly("a", "b");
        Path notGz = tmp.resolve("d.jsonl.gz");
        Files.writeString(notGz, "plain");
        assertThatThrownBy(() -> Sources.open(notGz)).isInstanceOf(BadInputException.class)
                .hasMessage("not a gzip file: " + notGz);
    }

    @Test
    void overlongLineIsSkippedWithAnErrorAndLongDocumentsAreCapped() throws IOException {
        Path p = tmp.resolve("big.jsonl");
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write("{\"id\":\"huge\",\"documents\":[\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i <= Limits.MAX_JSONL_LINE_BYTES >> 20; i++) out.write(chunk);
            out.write("\"]}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"long\",\"documents\":[\"".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 2; i++) out.write(chunk);
            out.write("\"]}\n{\"id\":\"after\",\"documents\":[\"ok\"]}\n".getBytes(StandardCharsets.UTF_8));
        }
        try (ClusterStream s = Sources.open(p)) {
            Iterator<ClusterInput> it = s.iterator();
            ClusterInput first = it.next();
            assertThat(first.error()).isEqualTo("line 1: longer than " + (Limits.MAX_JSONL_LINE_BYTES >> 20) + " MB, skipped");
            ClusterInput second = it.next();
            assertThat(second.cluster().articles().get(0).text()).hasSize(Limits.MAX_ARTICLE_CHARS);
            assertThat(it.next().cluster().id()).isEqualTo("after");
            assertThat(it.hasNext()).isFalse();
        }
    }
}
