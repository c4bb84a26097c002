package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A statement quoted over several paragraphs, each left open but the last, keeps the speaker that opened it. */
class ContinuedQuotesTest {

    private static List<Quote> quotes(String article) {
        return Quotes.find(TestClusters.cluster(article));
    }

    @Test
    void aStatementOverFourParagraphsKeepsItsSpeaker() {
        List<Quote> found = quotes("""
                The ferry service stopped on Monday after the storm.
                Harbour master Ines Okafor said: “The pier was damaged in two places and the divers are still checking it.
                “We expect the ferries to sail again by the end of next week if the weather holds.
                “The timetable will be the summer one, with two extra crossings on Fridays.
                “Passengers who booked for this week will get their money back within a month.”
                The company has not said what the repairs will cost.""");
        assertThat(found).extracting(Quote::speaker).containsOnly("Ines Okafor");
        assertThat(found).anySatisfy(q -> assertThat(q.text()).startsWith("Passengers who booked"));
    }

    @Test
    void aParagraphThatOpensOnWordsOfTheWritersCarriesNothingOn() {
        assertThat(ContinuedQuotes.carries("The company said on Friday that “no ferry will sail.”", true)).isFalse();
        assertThat(ContinuedQuotes.carries("“No ferry will sail this week.”", true)).isTrue();
        assertThat(ContinuedQuotes.carries("“No ferry will sail this week.", false)).isFalse();
    }
}
