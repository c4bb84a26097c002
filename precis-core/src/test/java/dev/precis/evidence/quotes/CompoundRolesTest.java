package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After "said Body", a role of several words and a full name: the person speaks, not the body. */
class CompoundRolesTest {

    private static String speaker(String article) {
        return Quotes.find(TestClusters.cluster(article)).get(0).speaker();
    }

    @Test
    void theHolderOfARoleWithAnAcronymOrAnd() {
        assertThat(speaker("“We will rebuild the whole port,” said Harbourco founder and CEO, Ana Costa.")).isEqualTo("Ana Costa");
        assertThat(speaker("“We will rebuild the whole port,” wrote BBC producer and host Ana Costa.")).isEqualTo("Ana Costa");
    }

    @Test
    void aPlaceAfterTheNameIsNoRoleHolder() {
        assertThat(speaker("“We will rebuild the whole port,” said Ana Costa at the New York Harbour.")).isEqualTo("Ana Costa");
    }
}
