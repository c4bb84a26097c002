package dev.precis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TrainCommandTest {
    @TempDir
    Path dir;

    private static final String QUAKE = "\"A strong earthquake struck central Chile on Monday, killing 12 people. "
            + "Rescue teams searched collapsed buildings in Talca overnight.\"";
    private static final String QUAKE_AGAIN = "\"An earthquake of magnitude 7.1 struck central Chile and killed 12 people. "
            + "Rescuers in Talca searched the rubble of collapsed buildings.\"";
    private static final String RECIPE = "\"Whisk two eggs with sugar until pale. Fold in the flour and bake the sponge for twenty minutes.\"";

    private static void assertOneLineError(CliRun run, String fragment) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(fragment).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void withoutDataItSaysWhatIsMissing() {
        assertOneLineError(CliRun.of("train", "--out", dir.resolve("m.txt").toString()), "--data");
    }

    @Test
    void theTestSplitIsNeverTrainedOn() throws IOException {
        Path data = Files.writeString(dir.resolve("test.jsonl"), "{\"id\": \"multinews-test-7\", \"documents\": ["
                + QUAKE + ", " + QUAKE_AGAIN + "], \"summary\": \"An earthquake struck central Chile, killing 12 people.\"}\n");
        CliRun run = CliRun.of("train", "--data", data.toString(), "--out", dir.resolve("m.txt").toString());
        assertOneLineError(run, "multinews-test-7");
        assertThat(dir.resolve("m.txt")).doesNotExist();
    }

    @Test
    void theOffTopicCheckScoresLabelledArticles() throws IOException {
        Path data = Files.writeString(dir.resolve("labelled.jsonl"), "{\"id\": \"c1\", \"documents\": ["
                + QUAKE + ", " + QUAKE_AGAIN + ", " + RECIPE + "], \"summary\": \"x\", \"irrelevant\": [2]}\n");
        CliRun run = CliRun.of("train", "--off-topic", data.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("3 articles, 1 labelled irrelevant; ROC AUC 1.0000");
    }

    @Test
    void weightsComeOnePerDataFile() throws IOException {
        Path data = Files.writeString(dir.resolve("train.jsonl"), "{\"id\": \"multinews-train-7\", \"documents\": ["
                + QUAKE + ", " + QUAKE_AGAIN + "], \"summary\": \"An earthquake struck central Chile, killing 12 people.\"}\n");
        CliRun run = CliRun.of("train", "--data", data.toString(), "--weights", "1,2", "--out", dir.resolve("m.txt").toString());
        assertOneLineError(run, "--weights");
        assertThat(dir.resolve("m.txt")).doesNotExist();
    }

    @Test
    void aGivenModelIsScoredWithoutTraining() throws IOException {
        Path model = Files.writeString(dir.resolve("model.txt"), dev.precis.score.learned.LearnedScorer.resourceText());
        Path eval = Files.writeString(dir.resolve("eval.jsonl"), "{\"id\": \"c1\", \"documents\": ["
                + QUAKE + ", " + QUAKE_AGAIN + "], \"summary\": \"An earthquake struck central Chile, killing 12 people.\"}\n");
        assertOneLineError(CliRun.of("train", "--model", model.toString()), "--eval");
        CliRun run = CliRun.of("train", "--model", model.toString(), "--eval", eval.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("| eval.jsonl | learned | mmr |");
    }

    @Test
    void theOffTopicCheckNeedsLabels() throws IOException {
        Path data = Files.writeString(dir.resolve("plain.jsonl"), "{\"id\": \"c1\", \"documents\": [" + QUAKE + "]}\n");
        assertOneLineError(CliRun.of("train", "--off-topic", data.toString()), "irrelevant");
    }
}
