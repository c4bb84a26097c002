package dev.precis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Batches and folders that a careless or hostile user gives: each gets a clear answer, nothing leaks. */
class HostileInputTest {
    private static final String STORY = "The city council approved a new transit budget on Tuesday. "
            + "The plan adds forty buses to the fleet by next spring. Riders welcomed the decision on Wednesday.";

    @TempDir
    Path dir;

    private static String cluster(String id) {
        return "{\"id\":\"" + id + "\",\"documents\":[\"" + STORY + "\"]}";
    }

    @Test
    void blankLinesAreIgnoredAndACleanBatchExitsZero() throws IOException {
        Path f = Files.writeString(dir.resolve("c.jsonl"), cluster("a") + "\n\n" + cluster("b") + "\n\n\n");
        CliRun run = CliRun.of("summarize", f.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip().split("\n")).hasSize(2);
    }

    @Test
    void duplicateIdsAreReportedAndSummarisedOnce() throws IOException {
        Path f = Files.writeString(dir.resolve("c.jsonl"), cluster("a") + "\n" + cluster("a") + "\n");
        CliRun run = CliRun.of("summarize", f.toString());
        assertThat(run.exit()).isEqualTo(Main.PARTIAL);
        String[] lines = run.out().strip().split("\n");
        assertThat(lines[0]).contains("\"summary\"");
        assertThat(lines[1]).contains("\"id\":\"a\"").contains("duplicate id 'a' (first at line 1)");
    }

    @Test
    void errorRecordsKeepTheIdTheyCouldRead() throws IOException {
        Path f = Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"known\",\"documents\":[]}\n");
        CliRun run = CliRun.of("summarize", f.toString());
        assertThat(run.out()).contains("\"id\":\"known\"").contains("\"error\"");
    }

    @Test
    void anEmptyBatchIsBadInput() throws IOException {
        Path f = Files.writeString(dir.resolve("c.jsonl"), "\n\n");
        CliRun run = CliRun.of("summarize", f.toString());
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).startsWith("precis: no clusters in");
    }

    @Test
    void aBudgetThatFitsNoSentenceSaysSo() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), STORY);
        CliRun run = CliRun.of("summarize", f.toString(), "--words", "3");
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("fits no sentence").contains("the shortest takes");
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws IOException {
        byte[] body = STORY.getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Path f = Files.write(dir.resolve("u16.txt"), all);
        CliRun run = CliRun.of("summarize", f.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("forty buses");
    }

    @Test
    void aLinkOutOfTheFolderIsNotFollowedAndExplainSaysSo() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "The private password is hunter2 and nobody may read it. It stays here.");
        Path folder = Files.createDirectories(dir.resolve("story"));
        Files.writeString(folder.resolve("a.txt"), STORY);
        Files.createSymbolicLink(folder.resolve("b.txt"), secret);
        CliRun run = CliRun.of("summarize", folder.toString(), "--explain");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("hunter2");
        assertThat(run.err()).contains("skipped b.txt: a link to a file outside the folder is not followed")
                .doesNotContain("hunter2");
    }

    @Test
    void explainShowsWhatWasRemovedWhenAClusterFails() throws IOException {
        Path f = Files.writeString(dir.resolve("debris.txt"), "Share\nAdvertisement\nClick here to subscribe\n");
        CliRun run = CliRun.of("summarize", f.toString(), "--explain");
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("failed:").contains("removed");
    }
}
