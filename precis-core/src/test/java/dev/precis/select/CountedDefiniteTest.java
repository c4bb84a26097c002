package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CountedDefiniteTest {
    @Test
    void aCountedDefiniteNounNothingInTheSentenceCoversPointsBack() {
        assertThat(CountedDefinite.noun("Lord Ashby is asking a court in Leeds to keep photographs of the five paintings out of the trial."))
                .isEqualTo("paintings");
        assertThat(CountedDefinite.noun("Police are still questioning the three suspects about the fire.")).isEqualTo("suspects");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Talks between Norway and Sweden stalled after the two countries failed to agree on fishing rights.",
            "The museum showed the four paintings of the harbour for the first time.",
            "Police named the two men who were arrested on Sunday.",
            "The two tracks - an early demo and a live recording - were found in a loft.",
            "He served the 13 months of his sentence in a county jail.",
            "In the four decades since the find, archaeologists have dug up a whole army.",
            "The council met on Monday and approved the plan."})
    void aCountedNounThatIsDefinedOrCoveredIsNot(String s) {
        assertThat(CountedDefinite.noun(s)).isNull();
    }

    @Test
    void itReadsOnlyAfterASentenceThatMentionsTheNoun() {
        ClusterText text = TestClusters.cluster(
                "An art dealer in York bought five paintings of the moors at an auction last spring. "
                        + "The sale was the largest of the year.",
                "Lord Ashby is asking a court in Leeds to keep photographs of the five paintings out of the trial.");
        Introductions intro = Introductions.of(text);
        int counted = text.sentencesOf(1).get(0).id();
        assertThat(intro.bare(counted)).contains(DefiniteMentions.THING + "painting");
        assertThat(intro.introducedBy(counted, List.of(text.sentence(1)))).isFalse();
        assertThat(intro.introducedBy(counted, List.of(text.sentence(0)))).isTrue();
    }
}
