package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ToldCreditsTest {

    @Test
    void theNameBeforeToldSpeaksNotTheOneAfter() {
        assertThat(ToldCredits.speaker(", the family’s lawyer, Ines Duarte, told Harbor Weekly.")).isEqualTo("Ines Duarte");
        assertThat(ToldCredits.speaker(", her coach, Marta Lind, told the Valley Courier on Friday.")).isEqualTo("Marta Lind");
        List<Quote> found = Quotes.find(TestClusters.cluster("The singer cannot perform this season. “She is in a great deal of pain "
                + "and the surgery did not help,” the family’s lawyer, Ines Duarte, told Harbor Weekly."));
        assertThat(found.get(found.size() - 1).speaker()).isEqualTo("Ines Duarte");
    }

    @Test
    void otherTailsAreNoSuchCredit() {
        assertThat(ToldCredits.speaker(", Ines Duarte told Harbor Weekly.")).isNull(); // the plain form, read elsewhere
        assertThat(ToldCredits.speaker(", the lawyer, Ines Duarte, said.")).isNull();
        assertThat(ToldCredits.speaker(". Later, in Lisbon, Duarte told reporters.")).isNull(); // a new sentence
    }
}
