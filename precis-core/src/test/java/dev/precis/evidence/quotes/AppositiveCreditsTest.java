package dev.precis.evidence.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppositiveCreditsTest {
    @Test
    void aPlaceAndATitlesAbbreviationBeforeTheNameAreNoPartOfIt() {
        assertThat(AppositiveCredits.nameFirstAfter(", former Ohio Gov. Ted Marsh, a former adviser to Mr. Lyle, told the paper."))
                .isEqualTo("Ted Marsh");
        assertThat(AppositiveCredits.nameFirstAfter(", Ted Marsh, a former adviser to Mr. Lyle, told the paper."))
                .isEqualTo("Ted Marsh");
    }
}
