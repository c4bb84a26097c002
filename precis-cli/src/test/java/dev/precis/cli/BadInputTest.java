package dev.precis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad input ends in one clear line and exit code 2, never a stack trace. */
class BadInputTest {
    @TempDir
    Path dir;

    private static void assertOneLineError(CliRun run, String fragment) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("precis: ").contains(fragment).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingPath() {
        assertOneLineError(CliRun.of("summarize", dir.resolve("nope").toString()), "nope");
    }

    @Test
    void emptyFolder() {
        assertOneLineError(CliRun.of("summarize", dir.toString()), dir.getFileName().toString());
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.txt"), "");
        assertOneLineError(CliRun.of("summarize", f.toString()), "empty");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
        Path f = Files.write(dir.resolve("photo.txt"), bytes);
        assertOneLineError(CliRun.of("summarize", f.toString()), "binary");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] text = "Officials said the bridge would reopen on Monday after repairs. ".repeat(5)
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] bad = new byte[text.length + 2];
        System.arraycopy(text, 0, bad, 0, text.length);
        bad[text.length] = (byte) 0xC3;
        bad[text.length + 1] = (byte) 0x28;
        Path f = Files.write(dir.resolve("latin.txt"), bad);
        assertOneLineError(CliRun.of("summarize", f.toString()), "UTF-8");
    }

    @Test
    void allDebrisCluster() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Share\n\nAdvertisement\n\nNews | Sport | Weather | Culture\n");
        Files.writeString(dir.resolve("b.txt"), "Advertisement\nShare this\nRead more\n");
        assertOneLineError(CliRun.of("summarize", dir.toString()), "no story text");
    }

    @Test
    void unknownAlgorithm() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "The council approved the new budget on Tuesday after a long debate.\n");
        assertOneLineError(CliRun.of("summarize", "--algorithm", "magic", f.toString()), "unknown algorithm");
    }

    @Test
    void malformedJsonlLineGetsAnErrorRecordAndTheRestIsSummarised() throws IOException {
        String good = "{\"id\":\"c1\",\"documents\":[\"The city council approved a new transit budget on Tuesday. "
                + "The plan adds forty buses to the fleet by next spring.\",\"Forty new buses will join the fleet "
                + "under a budget the council approved on Tuesday. Riders welcomed the decision.\"]}";
        Path f = Files.writeString(dir.resolve("c.jsonl"), good + "\n{\"id\": \"c2\", \"documents\": [\n" + good.replace("c1", "c3") + "\n");
        CliRun run = CliRun.of("summarize", f.toString());
        assertThat(run.exit()).isEqualTo(Main.PARTIAL);
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("\"id\":\"c1\"").contains("summary");
        assertThat(lines[1]).contains("\"error\"").contains("line 2");
        assertThat(lines[2]).contains("\"id\":\"c3\"").contains("summary");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void fiftyMegabyteArticleFinishes() throws IOException {
        Path f = dir.resolve("huge.txt");
        String para = "The regional water authority said on Friday that reservoir levels had fallen to their lowest point "
                + "in a decade, and officials urged residents to cut their use by a fifth. ";
        try (Writer w = Files.newBufferedWriter(f)) {
            long written = 0;
            int i = 0;
            while (written < 50L * 1024 * 1024) {
                String s = para.replace("a decade", (i++ % 90 + 2) + " years") + "\n";
                w.write(s);
                written += s.length();
            }
        }
        CliRun run = CliRun.of("summarize", f.toString());
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("reservoir");
    }

    @Test
    void nonEnglishTextIsSummarisedNotRejected() throws IOException {
        Files.writeString(dir.resolve("de.txt"), "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. "
                + "Die Stadt will damit vierzig neue Busse kaufen. Die Fahrgäste begrüßten die Entscheidung.\n");
        CliRun run = CliRun.of("summarize", dir.toString());
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("Haushalt");
    }
}
