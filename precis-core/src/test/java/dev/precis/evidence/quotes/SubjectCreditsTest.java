package dev.precis.evidence.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectCreditsTest {
    @Test
    void theVerbsClauseMayRunALongWayBeforeTheQuote() {
        assertThat(SubjectCredits.before("And he said he told mayors in the flooded counties that if they get no for an answer, "))
                .isEqualTo("he");
        assertThat(SubjectCredits.before("Costa said the clinic that the county opened on the north side of town last year had "))
                .isEqualTo("Costa");
    }

    @Test
    void aClauseLongerThanItsReachCreditsNoOne() {
        assertThat(SubjectCredits.before("Ana Costa said the clinic that the county opened on the north side of the river in the "
                + "spring of last year had ")).isNull();
    }
}
