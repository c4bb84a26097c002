package dev.precis.order;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotALeadTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "To our knowledge, no study of a recorded kayak crash has measured the force of the blow.",
            "We think the referee saw the whole thing from the side of the pitch.",
            "I have never seen a harbour this empty in thirty years of sailing.",
            "In 2004 the harbour board approved the creation of a safety committee.[7]"})
    void theWritersFirstPersonAndAReferenceMarkerOpenNoStory(String sentence) {
        assertThat(NotALead.in(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The harbour board approved a safety committee on Monday after two kayakers were hurt.",
            "\"We will rebuild the pier,\" the mayor told reporters on Monday after the storm.",
            "We will rebuild the pier by spring, the mayor said on Monday after the storm.",
            "The US Navy sent two ships to the harbour, which was last hit in World War I by a mine.",
            "harbour pilots are paid less than elsewhere, according to a us study of forty ports out monday."})
    void aStorysOwnVoiceAndQuotedFirstPersonCanOpen(String sentence) {
        assertThat(NotALead.in(sentence)).isFalse();
    }
}
