package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each quote carries the attribution form that chose its speaker; the speakers are those {@link Quotes#find} gives. */
class SpeakerPathsTest {

    private static List<SpeakerPath> paths(String article) {
        return SpeakerPaths.traced(TestClusters.cluster(article)).stream().map(SpeakerPaths.Traced::path).toList();
    }

    @Test
    void afterBeforeAndContinuation() {
        assertThat(paths("“We will rebuild the whole port,” Ana Costa said. “It will take two years of work at least.”"))
                .containsExactly(SpeakerPath.AFTER, SpeakerPath.LINE_SPEAKER);
        assertThat(paths("Ana Costa told reporters: “We will rebuild the whole port.”")).containsExactly(SpeakerPath.BEFORE);
    }

    @Test
    void aQuoteNobodyIsCreditedWithHasNoPath() {
        assertThat(paths("The port was shut in May.\n“We will rebuild the whole port at once.”")).containsExactly(SpeakerPath.NONE);
    }

    @Test
    void theSpeakersAreThoseFindGives() {
        String article = "“We will rebuild the whole port,” Ana Costa said.\n“It will take two years and the money of every berth holder.”";
        assertThat(SpeakerPaths.traced(TestClusters.cluster(article)).stream().map(t -> t.quote().speaker()))
                .containsExactlyElementsOf(Quotes.find(TestClusters.cluster(article)).stream().map(q -> q.speaker()).toList());
    }
}
