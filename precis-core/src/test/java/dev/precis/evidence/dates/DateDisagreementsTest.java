package dev.precis.evidence.dates;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.TestClusters;
import dev.precis.model.Disagreement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateDisagreementsTest {
    private static final LocalDate[] WEDNESDAYS = {LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 5)};

    @Test
    void oneEventOnTwoDaysIsADisagreementWithResolvedSides() {
        assertThat(DateDisagreements.find(new ClusterAnalysis(TestClusters.cluster(WEDNESDAYS,
                "The vote was held on Monday in the capital, officials said.",
                "The vote was held on Tuesday in the capital, officials said."))))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("date of the vote");
                    assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("2025-03-03", "2025-03-04");
                    assertThat(d.sides()).extracting(Disagreement.Side::wording).containsExactly("on Monday", "on Tuesday");
                    assertThat(d.sides().get(1).citation().start()).isEqualTo("The vote was held ".length());
                });
    }

    @Test
    void theSameDayIsNoDisagreement() {
        assertThat(DateDisagreements.find(new ClusterAnalysis(TestClusters.cluster(WEDNESDAYS,
                "The vote was held on Monday in the capital, officials said.",
                "The vote was held on March 3 in the capital, officials said.")))).isEmpty();
    }
}
