package dev.precis.clean.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VideoSharePrefixTest {
    private final VideoSharePrefix rule = new VideoSharePrefix();

    @Test
    void cutsControlsTitleAndRunningTime() {
        String line = "play facebook twitter embed harbour ferry runs aground near pier 1: 47 a ferry carrying 80 people ran aground on monday.";
        assertThat(rule.cut(line)).hasValueSatisfying(c ->
                assertThat(line.substring(c.length())).isEqualTo("a ferry carrying 80 people ran aground on monday."));
    }

    @Test
    void readsCapitalisedControlsWithGooglePlus() {
        String line = "Play Facebook Twitter Google Plus Embed Glacier hikers rescued 0:52 Two hikers were lifted off the ice by helicopter.";
        assertThat(rule.cut(line)).hasValueSatisfying(c ->
                assertThat(line.substring(c.length())).startsWith("Two hikers"));
    }

    @Test
    void withoutRunningTimeCutsOnlyTheControls() {
        String line = "Play Facebook Twitter Embed The council voted to close the library branch on Tuesday night.";
        assertThat(rule.cut(line)).hasValueSatisfying(c ->
                assertThat(line.substring(c.length())).startsWith("The council"));
    }

    @Test
    void leavesStoryAboutPlayingAlone() {
        assertThat(rule.cut("Play resumed after the rain delay, and the home side scored twice.")).isEmpty();
        assertThat(rule.cut("play facebook twitter embed short clip 1: 05")).isEmpty();
    }
}
