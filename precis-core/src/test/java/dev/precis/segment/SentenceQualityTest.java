package dev.precis.segment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceQualityTest {
    @Test
    void shoutedTextAfterALabelIsShouted() {
        assertThat(SentenceQuality.why("Reporter: FOR TEN YEARS THE FERRY HAS RUN AT A LOSS, THE CITY SAYS.", 0, true).rule())
                .isEqualTo("sentence-shouted");
        assertThat(SentenceQuality.why("Anchor Two: THE FERRY IS LATE AGAIN TODAY.", 0, true).rule()).isEqualTo("sentence-shouted");
    }

    @Test
    void aLabelBeforeOrdinaryTextDoesNotMakeItShouted() {
        assertThat(SentenceQuality.why("Reporter: For ten years the ferry has run at a loss, the city says.", 0, true)).isNull();
        // a colon further in, after a clause, is no label
        assertThat(SentenceQuality.why("The sign on the ferry said it plainly: NO DOGS ON THE UPPER DECK.", 0, true)).isNull();
        // text after a label that has no capital is not "uncased" for it: the label's capital counts
        assertThat(SentenceQuality.why("Just out: ferry report released on the quay today.", 0, true)).isNull();
        assertThat(SentenceQuality.labelEnd("The sign said: NO DOGS")).isZero();
        assertThat(SentenceQuality.labelEnd("Reporter: NO DOGS")).isEqualTo(9);
    }
}
