package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AsidesTest {
    private static String speakerOf(String start, String... articles) {
        List<Quote> found = Quotes.find(TestClusters.cluster(articles));
        return found.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow().speaker();
    }

    private static final String NAMED = "Marta Ellison, who runs the ferry service at Port Alder, said the crossings would stop in May.\n";

    @Test
    void aCaptionBetweenTheNameAndTheQuoteCarriesThePersonOn() {
        String article = NAMED + "This chart shows the crossings each year since 2009. Credit: PAFS\n"
                + "\"We cannot keep two boats running on half the passengers,\" she said.";
        assertThat(speakerOf("We cannot keep", article)).isEqualTo("Marta Ellison");
    }

    @Test
    void aGeneralStatementBetweenCarriesThePersonOnToo() {
        String article = NAMED + "If the weather turns, the crossings are cancelled for the day.\n"
                + "\"The winter timetable was always going to be the first to go,\" she said.";
        assertThat(speakerOf("The winter timetable", article)).isEqualTo("Marta Ellison");
    }

    @Test
    void aParagraphAboutSomeoneElseOrANameInThePronounsOwnParagraphStopsIt() {
        String other = NAMED + "The harbour master, a woman who has worked there for decades, disagreed.\n"
                + "\"We cannot keep two boats running on half the passengers,\" she said.";
        assertThat(speakerOf("We cannot keep", other)).isEmpty();
        String ownParagraph = NAMED + "If the weather turns, the crossings are cancelled for the day.\n"
                + "On the quay last week, Dana Whitlock waited. \"The winter timetable was always going to go,\" she said.";
        assertThat(speakerOf("The winter timetable", ownParagraph)).isNotEqualTo("Marta Ellison");
    }

    @Test
    void aboutNoOneIsAParagraphWithoutQuotesPronounsGenderedNounsOrNames() {
        Map<String, String> longest = Map.of("ellison", "Marta Ellison");
        assertThat(Asides.aboutNoOne("No, I'm not running for the board. Happy 4/1!", longest)).isTrue();
        assertThat(Asides.aboutNoOne("Ellison took the job in 2015.", longest)).isFalse();
        assertThat(Asides.aboutNoOne("Photo by Ana Ruiz for the Herald.", longest)).isFalse();
        assertThat(Asides.aboutNoOne("The crossings stop in May, his office says.", longest)).isFalse();
        assertThat(Asides.aboutNoOne("A woman at the quay waved.", longest)).isFalse();
        assertThat(Asides.aboutNoOne("In a statement, the spokesman said the berths were full.", longest)).isFalse();
        assertThat(Asides.aboutNoOne("The ferry is “the island's lifeline.”", longest)).isFalse();
    }
}
