package dev.precis.eval.evidence;

import org.junit.jupiter.api.Test;

import java.util.List;

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
    void aTitleCaseRunThatIsNoNameIsDebris() {
        assertThat(Speakers.debris("Winter That Changed Harlan")).isTrue(); // a headline's words
        assertThat(Speakers.debris("Tides From The Northern Shelf")).isTrue();
        assertThat(Speakers.debris("Harbour Lights Ferry Winter Schedule Update")).isTrue(); // six capitalised words
        assertThat(Speakers.debris("We’ve")).isTrue();
        assertThat(Speakers.debris("Couldn't")).isTrue();
        assertThat(Speakers.debris("During")).isTrue();
        assertThat(Speakers.debris("Both")).isTrue();
        assertThat(Speakers.debris("Meanwhile")).isTrue();
    }

    @Test
    void namesWithSmallWordsStand() {
        assertThat(Speakers.debris("Ha In Sook")).isFalse(); // a two-letter given name
        assertThat(Speakers.debris("The Harbour Courier")).isFalse(); // an article opening a name
        assertThat(Speakers.debris("Court of Appeal")).isFalse();
        assertThat(Speakers.debris("Ivo O’Marsh")).isFalse();
        assertThat(Speakers.debris("Said")).isFalse(); // a surname as well as a verb
        assertThat(Speakers.debris("Marta Lind Ivo Brook Ada")).isFalse(); // five words
    }

    @Test
    void aCurlyApostropheIsTheStraightOne() {
        assertThat(Speakers.same("the ferry line’s notice", "the ferry line's notice")).isTrue();
        assertThat(Speakers.same("Ada Lund", "the ferry line's notice")).isFalse();
    }

    @Test
    void anotherFormTwoReadersGaveTheSpeakerCounts() {
        List<String> aliases = List.of("Jo Brandt", "the friend");
        assertThat(Speakers.same("Jo Brandt", "Johanna Brandt", aliases)).isTrue();
        assertThat(Speakers.same("the friend", "a close friend", aliases)).isTrue();
        assertThat(Speakers.same("Brandt", "Johanna Brandt", List.of())).isTrue(); // a part of the label, as before
        assertThat(Speakers.same("Ida Brandt", "Johanna Brandt", aliases)).isFalse();
        assertThat(Speakers.same("the neighbour", "a close friend", aliases)).isFalse();
        assertThat(Speakers.same(null, "Johanna Brandt", aliases)).isFalse();
    }
}
