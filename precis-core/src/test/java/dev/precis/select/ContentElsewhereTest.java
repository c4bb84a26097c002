package dev.precis.select;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContentElsewhereTest {
    @ParameterizedTest
    @ValueSource(strings = {"The harbour master told his crews in the canteen just before the storm arrived.",
            "Head teacher Ann Reed told the parents on Monday.", "The mayor told reporters.",
            "\"We will not close the pool,\" another resident said.", "\"It was loud,\" another neighbour told the paper.",
            "\"Nobody warned us,\" said another parent at the meeting."})
    void aReportThatLeavesWhatWasToldOrTheFirstSpeakerBehindLeans(String s) {
        assertThat(ContentElsewhere.in(s)).isTrue();
        assertThat(Leaning.kind(s)).isEqualTo(Leaning.Kind.PREVIOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The harbour master told his crews in the canteen that the port would close.",
            "Head teacher Ann Reed told the parents on Monday to keep their children at home.",
            "The mayor told reporters the bridge would reopen in May.",
            "The coach told his players: stay calm and keep the ball.",
            "\"It was loud,\" the mayor told reporters after the meeting.",
            "The council chose another route for the new road.",
            "Another resident said the pool had been closed for years.",
            "The talks failed on Monday, the minister told reporters after the meeting."})
    void aReportThatSaysWhatWasToldStandsAlone(String s) {
        assertThat(ContentElsewhere.in(s)).isFalse();
    }
}
