package dev.precis.evidence.align;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClausesTest {
    @Test
    void aSemicolonAnEllipsisAndACommaBeforeButStartNewStatements() {
        assertThat(Clauses.of("The bridge reopened at noon; traffic stayed light."))
                .containsExactly("The bridge reopened at noon", "traffic stayed light.");
        assertThat(Clauses.of("We thank the volunteers…but the work goes on."))
                .containsExactly("We thank the volunteers", "but the work goes on.");
        assertThat(Clauses.of("The crew found the wreck, but the weather stopped the dive."))
                .containsExactly("The crew found the wreck", "but the weather stopped the dive.");
    }

    @Test
    void andWithANewSubjectStartsAStatementButAListDoesNot() {
        assertThat(Clauses.of("We are grateful to the crews, and we are working with the police."))
                .containsExactly("We are grateful to the crews", "and we are working with the police.");
        assertThat(Clauses.of("The market sells apples, pears, and plums every Saturday."))
                .containsExactly("The market sells apples, pears, and plums every Saturday.");
    }

    @Test
    void aQuotationOfSeveralSentencesComesApart() {
        assertThat(Clauses.of("“Sales are up. Costs are down. We did it!” the owner said."))
                .containsExactly("“Sales are up.", "Costs are down.", "We did it!” the owner said.");
    }

    @Test
    void anAbbreviationDoesNotEndAStatement() {
        assertThat(Clauses.of("Sen. Smith met U.S. officials in Boston on Monday."))
                .containsExactly("Sen. Smith met U.S. officials in Boston on Monday.");
    }
}
