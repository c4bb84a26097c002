package dev.precis.ingest;

import dev.precis.clean.rules.Menu;

import dev.precis.model.BadInputException;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SourcesTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static Cluster only(Path p) {
        List<ClusterInput> in = Sources.readAll(p);
        assertThat(in).hasSize(1);
        assertThat(in.get(0).error()).isNull();
        return in.get(0).cluster();
    }

    // ------------------------------------------------------------ folders

    @Test
    void folderIsOneClusterOfSortedArticles() throws IOException {
        write("story/b.txt", "Headline of b\n\nSecond article text.");
        write("story/a.TXT", "First article text.");
        write("story/c.htm", "<html><head><title>C page</title></head><body><p>Third article.</p></body></html>");
        write("story/notes.md", "ignored");
        write("story/.hidden.txt", "ignored");
        Files.createDirectories(tmp.resolve("story/sub.txt"));
        Cluster c = only(tmp.resolve("story"));
        assertThat(c.id()).isEqualTo("story");
        assertThat(c.articles()).extracting(Article::id).containsExactly("a", "b", "c");
        assertThat(c.articles().get(1).title()).isEqualTo("Headline of b");
        assertThat(c.articles().get(2).title()).isEqualTo("C page");
        assertThat(c.articles().get(2).text()).isEqualTo("Third article.");
    }

    @Test
    void emptyFolderIsAnError() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));
        write("empty/readme.md", "not an article");
        assertThatThrownBy(() -> Sources.open(tmp.resolve("empty")))
                .isInstanceOf(BadInputException.class).hasMessage("no .txt or .html articles in " + tmp.resolve("empty"));
    }

    @Test
    void emptyArticlesAreSkippedUnlessAllAreEmpty() throws IOException {
        write("f/a.txt", "");
        write("f/b.txt", "  \n\t\n");
        write("f/c.txt", "Only real article.");
        assertThat(only(tmp.resolve("f")).articles()).extracting(Article::id).containsExactly("c");
        Files.delete(tmp.resolve("f/c.txt"));
        assertThatThrownBy(() -> Sources.open(tmp.resolve("f")))
                .isInstanceOf(BadInputException.class).hasMessage("no readable articles in " + tmp.resolve("f"));
    }

    @Test
    void badFileInFolderIsNamed() throws IOException {
        write("g/a.txt", "Fine.");
        Path bad = writeBytes("g/b.txt", new byte[]{'H', 'i', ' ', (byte) 0xC3, (byte) 0x28, '.'});
        assertThatThrownBy(() -> Sources.open(tmp.resolve("g")))
                .isInstanceOf(BadInputException.class).hasMessage("not valid UTF-8: " + bad);
    }

    // ------------------------------------------------------------ single files

    @Test
    void missingPathAndUnsupportedType() throws IOException {
        assertThatThrownBy(() -> Sources.open(tmp.resolve("nope.txt")))
                .isInstanceOf(BadInputException.class).hasMessage("no such file or folder: " + tmp.resolve("nope.txt"));
        Path pdf = write("x.pdf", "x");
        assertThatThrownBy(() -> Sources.open(pdf)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("unsupported input").hasMessageEndingWith(pdf.toString());
    }

    @Test
    void singleTextFileWithBom() throws IOException {
        Path p = writeBytes("one.txt", ("\uFEFFA title line here\nBody sentence one.").getBytes(StandardCharsets.UTF_8));
        Cluster c = only(p);
        assertThat(c.id()).isEqualTo("one");
        assertThat(c.articles()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("one");
            assertThat(a.text()).isEqualTo("A title line here\nBody sentence one.");
            assertThat(a.title()).isEqualTo("A title line here");
        });
    }

    @Test
    void invalidUtf8BinaryAndEmptyFiles() throws IOException {
        Path bad = writeBytes("bad.txt", new byte[]{'a', (byte) 0xFF, 'b'});
        assertThatThrownBy(() -> Sources.open(bad)).isInstanceOf(BadInputException.class).hasMessage("not valid UTF-8: " + bad);
        Path bin = writeBytes("bin.txt", new byte[]{'P', 'K', 3, 4, 0, 0, 1});
        assertThatThrownBy(() -> Sources.open(bin)).isInstanceOf(BadInputException.class).hasMessage("binary file, not text: " + bin);
        byte[] ctl = new byte[200];
        for (int i = 0; i < ctl.length; i++) ctl[i] = (byte) (i % 3 == 0 ? 1 : 'a');
        Path ctrl = writeBytes("ctl.txt", ctl);
        assertThatThrownBy(() -> Sources.open(ctrl)).isInstanceOf(BadInputException.class).hasMessage("binary file, not text: " + ctrl);
        Path empty = write("empty.txt", "");
        assertThatThrownBy(() -> Sources.open(empty)).isInstanceOf(BadInputException.class).hasMessage("empty file: " + empty);
        Path blank = write("blank.txt", " \n \n");
        assertThatThrownBy(() -> Sources.open(blank)).isInstanceOf(BadInputException.class).hasMessage("empty file: " + blank);
    }

    @Test
    void multiNewsTextFileIsSplit() throws IOException {
        Path p = write("mn.txt", "First story. NEWLINE_CHAR NEWLINE_CHAR More of it. ||||| Second story. |||||  ");
        Cluster c = only(p);
        assertThat(c.articles()).extracting(Article::id).containsExactly("1", "2");
        assertThat(c.articles().get(0).text()).isEqualTo("First story.\n\nMore of it.");
        assertThat(c.articles().get(1).text()).isEqualTo("Second story.");
    }

    @Test
    void nonEnglishTextIsFine() throws IOException {
        Path p = write("zh.txt", "市议会周一通过了新的预算。\nΤο δημοτικό συμβούλιο ψήφισε.");
        assertThat(only(p).articles().get(0).text()).contains("市议会").contains("συμβούλιο");
    }

    @Test
    void hugeArticleIsCappedQuickly() throws IOException {
        Path p = tmp.resolve("huge.txt");
        byte[] para = "The river rose again overnight and the mayor said more homes would be evacuated today.\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(p)) {
            for (long n = 0; n < 50L * 1024 * 1024; n += para.length) out.write(para);
        }
        Cluster c = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> only(p));
        assertThat(c.articles().get(0).text().length()).isLessThanOrEqualTo(Limits.MAX_ARTICLE_CHARS);
        assertThat(c.articles().get(0).text()).startsWith("The river rose again");
    }

    // ------------------------------------------------------------ HTML

    @Test
    void htmlPageIsExtracted() throws IOException {
        Path p = write("page.html", """
                <html><head>
                <title>Bridge closed | Example News</title>
                <meta property="og:title" content="Bridge closed after crack found">
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2024-05-02T08:30:00+02:00">
                <meta property="og:url" content="https://example.org/og">
                <link rel="canonical" href="https://example.org/bridge">
                <style>p { color: red }</style><script>var x = 1;</script>
                </head><body>
                <header>Site header</header><nav>Home | News</nav>
                <div class="page"><article>
                  <h1>Bridge closed after crack found</h1>
                  <p>Engineers closed the bridge on <b>Thursday</b> after finding a crack.</p>
                  <div>Traffic was diverted<br>through the old town.</div>
                  <aside>Related: other story</aside>
                  <form><input name="q"></form>
                </article><footer>Footer text</footer></div>
                </body></html>""");
        Article a = only(p).articles().get(0);
        assertThat(a.id()).isEqualTo("page");
        assertThat(a.title()).isEqualTo("Bridge closed after crack found");
        assertThat(a.outlet()).isEqualTo("Example News");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(a.url()).isEqualTo("https://example.org/bridge");
        assertThat(a.text()).isEqualTo("Bridge closed after crack found\n"
                + "Engineers closed the bridge on Thursday after finding a crack.\n"
                + "Traffic was diverted\nthrough the old town.");
    }

    @Test
    void htmlWithoutArticleUsesBodyAndTimeElement() {
        Article a = HtmlArticles.extract("x", "<html><body><nav>Menu</nav><main><h1>Heading</h1>"
                + "<time datetime=\"2023-01-09\">9 Jan</time><p>Body text.</p></main><footer>f</footer></body></html>");
        assertThat(a.title()).isEqualTo("Heading");
        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 1, 9));
        assertThat(a.text()).isEqualTo("Heading\n9 Jan\nBody text.");
    }

    // ------------------------------------------------------------ shared data

    @Test
    void readsTheAleppoExample() {
        Cluster c = only(Shared.require("examples/aleppo-truce"));
        assertThat(c.articles()).hasSize(5);
        assertThat(c.articles().get(0).title()).isEqualTo("Syria launches Aleppo push as truce plan flounders");
    }

    @Test
    void readsMultiNewsValidationWithoutErrors() {
        List<ClusterInput> all = Sources.readAll(Shared.require("data/multinews/val-raw.jsonl"));
        assertThat(all).hasSize(260).allSatisfy(in -> assertThat(in.error()).isNull());
        assertThat(all.get(0).cluster().id()).startsWith("multinews-val-");
        assertThat(all.get(0).cluster().hasReference()).isTrue();
    }

    @Test
    void readsGzippedTruncatedMultiNews() {
        Path p = Shared.require("data/multinews/val-truncated.jsonl.gz");
        try (ClusterStream s = Sources.open(p)) {
            int n = 0;
            for (ClusterInput in : s) {
                assertThat(in.error()).isNull();
                if (++n == 50) break;
            }
            assertThat(n).isEqualTo(50);
        }
    }

    static void gzip(Path p, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
