package dev.precis.evidence.align;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamedSeriesTest {
    @Test
    void aSeriesOfThreeOrMoreNamesIsKnownByTheirLastWords() {
        assertThat(NamedSeries.of("Ohio, Gov. Ann Price and Utah sent rescue crews to the flooded towns."))
                .containsExactly(java.util.List.of("Ohio", "Price", "Utah"));
        assertThat(NamedSeries.of("Crews came from Kent, Essex, Surrey, or Sussex overnight."))
                .containsExactly(java.util.List.of("Kent", "Essex", "Surrey", "Sussex"));
    }

    @Test
    void twoNamesOrAClauseOpenerMakeNoSeries() {
        assertThat(NamedSeries.of("The river rose near Dover and Mayor Ann Price closed the bridge.")).isEmpty();
        assertThat(NamedSeries.of("Meanwhile, Kent and Essex closed their schools.")).isEmpty();
    }

    @Test
    void anotherSentenceNamingOnlySomeOfTheSeriesStatesFewerActors() {
        String s = "Kent, Essex and Surrey closed every school on Friday.";
        assertThat(NamedSeries.namesOnlySome(s, "Essex and Surrey closed every school on Friday.")).isTrue();
        assertThat(NamedSeries.namesOnlySome(s, "Schools in Surrey, Kent and Essex were closed on Friday.")).isFalse();
        assertThat(NamedSeries.namesOnlySome(s, "Every school in the three counties closed on Friday.")).isFalse();
    }
}
