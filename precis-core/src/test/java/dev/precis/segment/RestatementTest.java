package dev.precis.segment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RestatementTest {
    @Test
    void aVerblessPhraseTakingUpANounOfTheSentenceBeforeIsDropped() {
        String text = "The town was let down by a council that never listened to its harbour workers. "
                + "A council that ignored every warning. "
                + "The harbour workers will meet the mayor on Friday to ask for new cranes.";
        assertThat(OpenNlpSegmenterTest.sentences(text))
                .containsExactly("The town was let down by a council that never listened to its harbour workers.",
                        "The harbour workers will meet the mayor on Friday to ask for new cranes.");
        assertThat(OpenNlpSegmenterTest.segment(text).articles().get(0).drops())
                .anySatisfy(d -> assertThat(d.rule()).isEqualTo("sentence-restatement"));
    }

    @Test
    void aSentenceWhoseNounIsNewOrThatGoesOnIsKept() {
        String before = "Storms flooded the harbour district for a third night running.";
        assertThat(Restatement.why("A council that ignored every warning.", 6, before)).isNull();
        assertThat(Restatement.why("The homes that are left behind will get demolished.", 9, "Most homes in the district flooded.")).isNull();
        assertThat(Restatement.why("A culture that promotes passivity.", 5, null)).isNull();
        assertThat(Restatement.why("A culture that promotes passivity.", 5, "They were failed by a culture of silence.")).isNotNull();
    }
}
