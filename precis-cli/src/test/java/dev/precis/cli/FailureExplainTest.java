package dev.precis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A cluster that fails still gets its --explain: what was removed, and which articles were off topic. */
class FailureExplainTest {
    @TempDir
    Path dir;

    private static final String SPAM = """
            Get a payday loan today with no credit check and cash in your account within one hour.
            Bad credit is no problem: our lenders approve payday loans for every applicant in minutes.
            Compare cash advance offers and choose the loan that fits your budget before payday comes.
            Apply online for installment loans from trusted lenders and receive the money tomorrow.
            """;

    @Test
    void spamClusterFailsWithOneLineAndExplainsWhy() throws IOException {
        Path f = Files.writeString(dir.resolve("spam.txt"), SPAM);
        CliRun plain = CliRun.of("summarize", f.toString());
        assertThat(plain.exit()).isEqualTo(2);
        assertThat(plain.err().strip().lines()).hasSize(1);
        assertThat(plain.err()).contains("no story text").contains("off topic");

        CliRun explained = CliRun.of("summarize", f.toString(), "--explain");
        assertThat(explained.exit()).isEqualTo(2);
        assertThat(explained.err()).contains("Removed from cluster").contains("off topic: spam")
                .doesNotContain("Exception");
    }

    @Test
    void debrisOnlyClusterExplainsTheRemovedLines() throws IOException {
        Path f = Files.writeString(dir.resolve("debris.txt"), "Share\nAdvertisement\nSign up for our newsletter\nFollow us on Twitter @news\n");
        CliRun run = CliRun.of("summarize", f.toString(), "--explain");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Removed from cluster").contains("Advertisement");
    }
}
