package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CoordinatedCreditsTest {
    private static final Map<String, String> LONGEST = Map.of("quill", "Mara Quill", "dorn", "Pieter Dorn");

    private static String speakerOf(String start, String... articles) {
        List<Quote> found = Quotes.find(TestClusters.cluster(articles));
        return found.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow().speaker();
    }

    @Test
    void theSubjectOfTheFirstVerbSpeaksTheSecond() {
        assertThat(CoordinatedCredits.subject("He turns to the harbour master Pieter Dorn and says, ", LONGEST)).isEqualTo("He");
        assertThat(CoordinatedCredits.subject("She cited the fees in Lorn and Mull and asked: ", LONGEST)).isEqualTo("She");
        assertThat(CoordinatedCredits.subject("Mara Quill stood up and quietly said: ", LONGEST)).isEqualTo("Mara Quill");
    }

    @Test
    void notPastAClauseOfItsOwn() {
        assertThat(CoordinatedCredits.subject("Mara Quill said Dorn had left and added: ", LONGEST)).isNull();
        assertThat(CoordinatedCredits.subject("She thinks that Dorn stood up and said: ", LONGEST)).isNull();
        assertThat(CoordinatedCredits.subject("She stood up and said that ", LONGEST)).isNull();
    }

    @Test
    void aCapitalisedWordThatIsNoPersonsFullNameIsNoSubject() {
        assertThat(CoordinatedCredits.subject("Harbour stood up and said: ", LONGEST)).isNull();
    }

    @Test
    void theQuoteGoesToTheSubjectNotToTheNameNearTheVerb() {
        String article = "Mara Quill said the council had met on Monday about the new quay.\n"
                + "She turned to the harbour master Pieter Dorn and asked: \"Who will pay for all of the dredging this year?\"\n";
        assertThat(speakerOf("Who will pay", article)).isEqualTo("Mara Quill");
    }
}
