package dev.precis.eval.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the evidence scorer counts as a debris speaker; invented speakers. */
class SpeakersTest {

    @Test
    void widgetDebrisAsBefore() {
        assertThat(Speakers.debris("Ada Lund Ada Mae LundHarbour")).isTrue();
        assertThat(Speakers.debris("N.C")).isTrue();
        assertThat(Speakers.debris("Ada Lund")).isFalse();
    }

    @Test
    void aPieceOfTheWritersSentenceIsDebris() {
        assertThat(Speakers.debris("the notice goes on to")).isTrue();
        assertThat(Speakers.debris("a rate of loss they")).isTrue();
        assertThat(Speakers.debris("the harbour master was")).isTrue();
        assertThat(Speakers.debris("the court papers do not")).isTrue();
        assertThat(Speakers.debris("a ferry guard who")).isTrue();
        assertThat(Speakers.debris("a former u")).isTrue();
        assertThat(Speakers.debris("the memo says. Harlan")).isTrue();
    }

    @Test
    void descriptionsAReaderAcceptsAreNot() {
        assertThat(Speakers.debris("the harbour master")).isFalse();
        assertThat(Speakers.debris("one of them")).isFalse();
        assertThat(Speakers.debris("a pilot who flew with him")).isFalse();
        assertThat(Speakers.debris("the rev. Alma Brook")).isFalse();
        assertThat(Speakers.debris("a senior u.s. Official")).isFalse();
        assertThat(Speakers.debris("Capt. Ivo Marsh")).isFalse();
        assertThat(Speakers.debris("the source")).isFalse();
    }

    @Test
    void aCurlyApostropheIsTheStraightOne() {
        assertThat(Speakers.same("the ferry line’s notice", "the ferry line's notice")).isTrue();
        assertThat(Speakers.same("Ada Lund", "the ferry line's notice")).isFalse();
    }
}
