package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AdjectiveRolesTest {

    @Test
    void aRoleWithACapitalisedAdjectiveIsNoPlaceThatSpeaks() {
        List<Quote> found = Quotes.find(TestClusters.cluster("Helen Marsh says the farm bill must be rewritten before the harvest. "
                + "“The subsidies go to the wrong growers every single year,” the Democratic governor of Vermont said on Monday."));
        assertThat(found).extracting(Quote::speaker).containsExactly("Helen Marsh");
    }

    @Test
    void anUnnamedRoleAfterTheVerbIsTheSpeakerNotItsAdjective() {
        List<Quote> found = Quotes.find(TestClusters.cluster("The Ohio GOP expects a close count in the suburbs. “We are behind "
                + "in every county that matters,” said a GOP pollster whose own survey showed the gap widening."));
        assertThat(found).extracting(Quote::speaker).containsExactly("a GOP pollster");
        assertThat(AdjectiveRoles.verbFirst(", said a Labour strategist.")).isEqualTo("a Labour strategist");
    }

    @Test
    void aRoleThatGoesOnToNameItsHolderIsLeftToTheNameForms() {
        assertThat(AdjectiveRoles.verbFirst(", said a Labour strategist, Tom Reeve.")).isNull();
        assertThat(AdjectiveRoles.verbFirst(", said Tom Reeve.")).isNull();
        assertThat(AdjectiveRoles.opensAfter(", the White House said.")).isFalse();
        assertThat(AdjectiveRoles.withoutPlace("the Democratic governor of Vermont")).isEqualTo("the Democratic governor");
        assertThat(AdjectiveRoles.withoutPlace("the governor")).isEqualTo("the governor");
    }
}
