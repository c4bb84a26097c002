package dev.precis.evidence.names;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9, round speak15: words that open a name phrase but are no part of the person's name; invented names. */
class NobilityAndPronounNamesTest {
    @Test
    void aRankOfNobilityBeforeAGivenNameIsStripped() {
        assertThat(Names.canonical("Sir Colin", Map.of())).isEqualTo("Colin");
        assertThat(Names.canonical("Prince Arlo Bentham", Map.of())).isEqualTo("Arlo Bentham");
        assertThat(Names.canonical("Dame Edna Pryce", Map.of())).isEqualTo("Edna Pryce");
    }

    @Test
    void aRankOfNobilityAloneOrBeforeItsPlaceStays() {
        assertThat(Names.canonical("Prince", Map.of())).isEqualTo("Prince");
        assertThat(Names.canonical("Prince of Wales", Map.of())).isEqualTo("Prince of Wales");
    }

    @Test
    void aWordAndThePronounIAreNoName() {
        assertThat(Names.canonical("Guess I", Map.of())).isEmpty();
        assertThat(Names.canonical("I-- I'm", Map.of())).isEmpty();
        assertThat(Names.canonical("Ingrid Ivarsson", Map.of())).isEqualTo("Ingrid Ivarsson");
    }
}
