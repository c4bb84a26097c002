package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Passenger Ana Costa said": the role before the name is no part of it (person-titles.txt). */
class TravellerRolesTest {

    @Test
    void thePassengerRoleIsNoPartOfTheName() {
        List<Quote> found = Quotes.find(TestClusters.cluster("The flight from Lisbon landed two hours late on Sunday. "
                + "Passenger Ana Costa said the crew kept everyone calm. \"We were never told why we had to circle the airport,\" Costa said."));
        assertThat(found.get(found.size() - 1).speaker()).isEqualTo("Ana Costa");
    }
}
