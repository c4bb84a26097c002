package dev.precis.segment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentence boundaries on real news text: titles, broken ellipses, footnotes, speaker tags. */
class MarkersTest {
    @Test
    void aldermanIsATitle() {
        assertThat(OpenNlpSegmenter.sentences("The vote was led by Ald. Brendan Reilly of the 42nd Ward. He spoke for an hour."))
                .containsExactly("The vote was led by Ald. Brendan Reilly of the 42nd Ward.", "He spoke for an hour.");
    }

    @Test
    void otherTitlesStayInTheirSentence() {
        for (String title : new String[] {"Sen.", "Gov.", "Rep.", "Lt."}) {
            String s = "The plan was backed by " + title + " Mary Smith on Tuesday.";
            assertThat(OpenNlpSegmenter.sentences(s + " Critics objected.")).first().isEqualTo(s);
        }
    }

    @Test
    void aSpeakerTagIsNotPartOfTheSentence() {
        assertThat(OpenNlpSegmenter.sentences("SANDERS: We need a political revolution in this country."))
                .containsExactly("We need a political revolution in this country.");
        assertThat(OpenNlpSegmenter.sentences("We will see what happens next week. CLINTON: I have a plan for that and I will fight for it."))
                .containsExactly("We will see what happens next week.", "I have a plan for that and I will fight for it.");
    }

    @Test
    void aFootnoteNumberDoesNotStartTheNextSentence() {
        assertThat(OpenNlpSegmenter.sentences("The measure was used in earlier work. 43 As a step towards better ads, the study compared 80 of them."))
                .containsExactly("The measure was used in earlier work.", "As a step towards better ads, the study compared 80 of them.");
    }

    @Test
    void aBracketedPictureCreditDoesNotStartTheNextSentence() {
        assertThat(OpenNlpSegmenter.sentences("The singer is in hospital with a cyst. (Photo: Jane Doe, Wire/AP) The star of the show was taken in on Saturday."))
                .containsExactly("The singer is in hospital with a cyst.", "The star of the show was taken in on Saturday.");
        assertThat(OpenNlpSegmenter.sentences("The singer is in hospital. ( photo: jane doe, wire/ap ) the star of the show was taken in on saturday."))
                .containsExactly("The singer is in hospital.", "the star of the show was taken in on saturday.");
        // a bracket that is no credit stays
        assertThat(OpenNlpSegmenter.sentences("The vote was close. (The council met twice.) The plan passed."))
                .contains("(The council met twice.)");
    }

    @Test
    void aNumberThatIsPartOfTheSentenceStays() {
        assertThat(OpenNlpSegmenter.sentences("The storm hit at dawn. 43 people were hurt in the town."))
                .containsExactly("The storm hit at dawn.", "43 people were hurt in the town.");
    }

    @Test
    void aBrokenEllipsisDoesNotCutTheSentence() {
        assertThat(OpenNlpSegmenter.sentences("There are bumps in births over time . . . and I think it does make one think."))
                .hasSize(1);
    }
}
