package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnotherSpeakerTest {
    @Test
    void anotherAndANounAsTheSpeakerNameTheNoun() {
        assertThat(AnotherSpeaker.noun("\"The pier is gone,\" another harbour worker said.")).isEqualTo("worker");
        assertThat(AnotherSpeaker.noun("\"We lost everything,\" said another fisherman, who asked not to be named.")).isEqualTo("fisherman");
        assertThat(AnotherSpeaker.noun("Another ferry captain told reporters the crossing was closed.")).isEqualTo("captain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The harbour board will vote on another plan in May.", "\"We will sail another day,\" the captain said.",
            "The captain said another storm was on its way."})
    void anotherThatIsNoSpeakerIsNot(String s) {
        assertThat(AnotherSpeaker.noun(s)).isNull();
    }

    @Test
    void itReadsOnlyAfterASentenceThatMentionsTheNounNotJustTheOneBefore() {
        ClusterText text = TestClusters.cluster(
                "Harbour worker Anna Berg shouted at the crowd to run. The wave hit the pier at noon. "
                        + "\"The pier is gone,\" another harbour worker said.");
        Introductions intro = Introductions.of(text);
        int another = text.sentence(2).id();
        assertThat(intro.bare(another)).contains(DefiniteMentions.THING + "worker");
        assertThat(intro.introducedBy(another, List.of(text.sentence(1)))).isFalse();
        assertThat(intro.introducedBy(another, List.of(text.sentence(0)))).isTrue();
    }
}
