package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Credits the blind rounds of session 18 found missing (branch miss18b): each form on a fixture of its own. */
class MissingCreditsTest {

    private static List<Quote> quotes(String article) {
        return Quotes.find(TestClusters.cluster(article));
    }

    @Test
    void aQuoteTrailingOffInAnEllipsisGoesOnIntoItsCredit() {
        assertThat(UnnamedSpeakers.after("Good luck, Mara ...", " one reader said. ")).isEqualTo("one reader");
        assertThat(UnnamedSpeakers.after("Good luck, Mara …", " one reader said. ")).isEqualTo("one reader");
        List<Quote> found = quotes("Many readers wrote in after the column ran.\n\n“All my best wishes to you and the family, Mara ...” one reader said. "
                + "“But maybe some things are better kept off the internet.”");
        assertThat(found.get(0).speaker()).isEqualTo("one reader");
        assertThat(found.get(1).speaker()).isEqualTo("one reader");
        // a quote closed by its own period still ends its sentence
        assertThat(UnnamedSpeakers.after("It was dark.", " another deck hand said, ")).isNull();
    }

    @Test
    void theVerbThenAnUnnamedSpeakerRunningIntoTheQuote() {
        assertThat(UnnamedSpeakers.before("Says one family friend: ")).isEqualTo("one family friend");
        assertThat(UnnamedSpeakers.before("Said one neighbour, ")).isEqualTo("one neighbour");
        // whom the words were told to
        assertThat(UnnamedSpeakers.before("Told one reporter: ")).isNull();
        assertThat(quotes("The couple hope to reconcile. Says one family friend: “They want the best for the children.”").get(0).speaker())
                .isEqualTo("one family friend");
    }

    @Test
    void anUnnamedSourceAfterAccordingTo() {
        assertThat(UnnamedSources.after(", according to a Democratic source.")).isEqualTo("a Democratic source");
        assertThat(UnnamedSources.after(", according to a veteran party strategist here who spoke on background.")).isEqualTo("a veteran party strategist");
        // a document, and a noun for no person
        assertThat(UnnamedSources.after(", according to a report.")).isNull();
        assertThat(UnnamedSources.after(", according to a 2013 memo by the committee.")).isNull();
        List<Quote> found = quotes("The race is close in the state. “He has room to grow with older voters,” according to a veteran party "
                + "strategist here who spoke on background. “But he could still throw it away.”");
        assertThat(found.get(0).speaker()).isEqualTo("a veteran party strategist");
        assertThat(found.get(1).speaker()).isEqualTo("a veteran party strategist");
    }
}
