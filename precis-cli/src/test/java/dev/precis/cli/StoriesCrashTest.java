package dev.precis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * kill -9 in the middle of {@code stories add}, then add again: every article is stored once and
 * the grouping is identical to an uninterrupted run. While the child holds the store, a second
 * process gets a clear one-line error.
 */
class StoriesCrashTest {
    /** More than two batches of {@code Stories.BATCH}: the kill comes after one commit with many articles to go. */
    private static final int ARTICLES = 1200;
    /** Bigger than a fresh store, smaller than the whole input: at least one batch committed, more to come. */
    private static final long KILL_AT_BYTES = 120_000;

    @TempDir
    Path dir;

    @Test
    void aKilledAddLosesNothingCommittedAndResumesToTheSameGrouping() throws Exception {
        Path stream = CliRun.shared().resolve("data/stories/val-stream.jsonl.gz");
        assumeTrue(Files.exists(stream), "shared data not found");
        Path input = dir.resolve("head.jsonl");
        Files.write(input, head(stream, ARTICLES));

        Path whole = dir.resolve("whole");
        assertThat(CliRun.of("stories", "add", input.toString(), "--store", whole.toString()).exit()).isZero();
        String expected = CliRun.of("stories", "export", "--store", whole.toString()).out();

        Path crashed = dir.resolve("crashed");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "stories", "add", input.toString(), "--store", crashed.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path db = crashed.resolve("stories.mv.db");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (child.isAlive() && (!Files.exists(db) || Files.size(db) < KILL_AT_BYTES) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(child.isAlive()).as("the child must still be adding when it is killed").isTrue();
        CliRun second = CliRun.of("stories", "list", "--store", crashed.toString());
        assertThat(second.exit()).isEqualTo(2);
        assertThat(second.err().strip().lines()).hasSize(1);
        assertThat(second.err()).contains("in use by another precis process");
        child.destroyForcibly().waitFor();

        String partial = CliRun.of("stories", "export", "--store", crashed.toString()).out();
        long stored = partial.lines().count();
        assertThat(stored).isGreaterThan(0).isLessThan(ARTICLES);
        assertThat(expected.lines().map(StoriesCrashTest::id).toList())
                .startsWith(partial.lines().map(StoriesCrashTest::id).toArray(String[]::new));

        CliRun resumed = CliRun.of("stories", "add", input.toString(), "--store", crashed.toString());
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains(stored + " already stored");
        String after = CliRun.of("stories", "export", "--store", crashed.toString()).out();
        List<String> ids = after.lines().map(StoriesCrashTest::id).toList();
        assertThat(new HashSet<>(ids)).hasSize(ARTICLES);
        assertThat(ids).hasSize(ARTICLES);
        assertThat(after).isEqualTo(expected);
    }

    private static String id(String exportLine) {
        return exportLine.substring(0, exportLine.indexOf(",\"story\""));
    }

    private static List<String> head(Path gz, int n) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && out.size() < n; line = r.readLine()) out.add(line);
        }
        return out;
    }
}
