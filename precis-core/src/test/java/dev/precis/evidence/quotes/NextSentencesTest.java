package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NextSentencesTest {

    private static String speakerOf(String text, String quoteStart) {
        List<Quote> found = Quotes.find(TestClusters.cluster(text));
        return found.stream().filter(q -> q.text().startsWith(quoteStart)).findFirst().orElseThrow().speaker();
    }

    @Test
    void theNextSentencesSubjectDoesNotTakeACreditedQuote() {
        String text = "Ingrid Halvorsen runs the ferry company in Tromsdal. Her partner Pavel Ostrowski disagreed with her plan. "
                + "Halvorsen called Ostrowski and said, “I hear you are telling the crews that I sold the boats. That is not true.” "
                + "Ostrowski replied to Halvorsen that he had never said so.";
        assertThat(speakerOf(text, "I hear you")).endsWith("Halvorsen");
    }

    @Test
    void aQuoteOpeningItsSentenceIsNotCreditedByTheNextOne() {
        String text = "Ingrid Halvorsen runs the ferry company in Tromsdal. Her partner Pavel Ostrowski disagreed with her plan. "
                + "“The boats stay in the harbour until the spring storms are over.” Ostrowski wrote a letter to the council the next day.";
        assertThat(speakerOf(text, "The boats stay")).isNotEqualTo("Pavel Ostrowski");
    }

    @Test
    void uncreditedWordsBeforeLeaveTheNextSentenceToBeRead() {
        assertThat(NextSentences.credited("He accused the council of “selling the harbour to the highest bidder.” Ostrowski warned, “",
                70, "He accused the council of “", " Ostrowski warned, “", java.util.Map.of(), new Speakers.Pronouns("", "", "")))
                .isEqualTo(" Ostrowski warned, “");
        assertThat(NextSentences.credited("“It was a long night.” Smith said.", 22, "", " Smith said.", java.util.Map.of(),
                new Speakers.Pronouns("", "", ""))).isEmpty();
        assertThat(NextSentences.credited("“It was a long night,” Smith said.", 22, "", " Smith said.", java.util.Map.of(),
                new Speakers.Pronouns("", "", ""))).isEqualTo(" Smith said.");
    }
}
