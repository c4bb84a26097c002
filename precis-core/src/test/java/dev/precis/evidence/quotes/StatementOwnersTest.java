package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatementOwnersTest {

    @Test
    void theStatementSpeaksForWhoeverIssuedIt() {
        List<Quote> found = Quotes.find(TestClusters.cluster("The union issued a rebuke on Friday. Ann Lee’s campaign issued an apology "
                + "to the voters, saying in a statement that the flyer was a mistake.\n"
                + "“We regret the harm it caused to families across the district,” the statement said."));
        assertThat(found).extracting(Quote::speaker).containsExactly("Ann Lee’s campaign");
    }

    @Test
    void theFormsThatNameTheIssuer() {
        String later = "The climbers reached the roof. In a later statement, Arctic Watch said the tower was chosen for its height. ";
        assertThat(StatementOwners.owner("The statement", later + "The statement continued: “", later.length() + 26, 0, Map.of()))
                .isEqualTo("Arctic Watch");
        String role = "The singer has died, according to a statement provided to NPR by a spokesman for the band. ";
        assertThat(StatementOwners.owner("the statement", role + "“", role.length(), 0, Map.of())).isEqualTo("a spokesman for the band");
    }

    @Test
    void noIssuerOrNoStatement() {
        String none = "The statement was posted online. ";
        assertThat(StatementOwners.owner("the statement", none + "“", none.length(), 0, Map.of())).isNull();
        assertThat(StatementOwners.owner("the letter", "In a later statement, Arctic Watch said so. “", 44, 0, Map.of())).isNull();
    }
}
