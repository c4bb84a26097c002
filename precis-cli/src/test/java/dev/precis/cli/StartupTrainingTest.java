package dev.precis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StartupTrainingTest {
    @Test
    void summarisesTheExampleOnTheCommandLineAndThroughAServer() throws Exception {
        assertThat(StartupTraining.run(CliRun.repoRoot().resolve("examples/harbour-fire"))).isTrue();
    }

    @Test
    void failsWhenTheFolderCannotBeSummarised(@TempDir Path empty) throws Exception {
        assertThat(StartupTraining.run(empty)).isFalse();
    }
}
