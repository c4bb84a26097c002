package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StationCreditsTest {

    @Test
    void theReporterOfAStationWithItsChannelSpeaks() {
        String tail = ", asked KXTV 10 Reporter Lena Ortiz.";
        assertThat(StationCredits.holder(tail, tail.indexOf(" 10"))).isEqualTo("Lena Ortiz");
        List<Quote> found = Quotes.find(TestClusters.cluster("The mayor watched the footage on Monday. "
                + "“Was it hard to see the crowd scatter like that,” asked KXTV 10 Reporter Lena Ortiz."));
        assertThat(found.get(found.size() - 1).speaker()).isEqualTo("Lena Ortiz");
    }

    @Test
    void aNumberWithoutARoleIsNoCredit() {
        String tail = ", said Route 66 Diner Owners Group.";
        assertThat(StationCredits.holder(tail, tail.indexOf(" 66"))).isNull();
        String age = ", said Ortiz 45 years later.";
        assertThat(StationCredits.holder(age, age.indexOf(" 45"))).isNull();
    }
}
