package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OwnAttributionTest {

    @Test
    void aSpeechVerbRightAfterTheQuoteIsItsOwnAttribution() {
        assertThat(OwnAttribution.follows("We never fight out of anger", ", lind of the harbour church told the gazette.")).isTrue();
        assertThat(OwnAttribution.follows("We never fight out of anger", ", explained harbour pilot, ana costa.")).isTrue();
        assertThat(OwnAttribution.follows("We never fight out of anger", " and the crowd went home.")).isFalse();
        // a name and its appositive between commas put the verb further off
        assertThat(OwnAttribution.follows("We never fight out of anger", " ana costa, the senior pilot of the north harbour "
                + "ferry service in port lund, wrote in a letter.")).isTrue();
        // closed by its own period: the words after it open the next sentence
        assertThat(OwnAttribution.follows("We never fight out of anger.", " a friend added, ")).isFalse();
    }

    @Test
    void aQuoteWithAnAttributionOfItsOwnDoesNotGoOnFromTheQuoteBefore() {
        // lower-cased text: "lind" is no name the patterns read, and the quote must not fall to the unnamed sailor before it
        List<Quote> found = Quotes.find(TestClusters.cluster("the ferry sank at dawn. \"we saw the water come in over the bow, \" "
                + "one sailor said. but pastor ana lind defends the crew. \"we never fight the sea out of anger, \" lind of the "
                + "harbour church told the gazette."));
        assertThat(found.get(0).speaker()).isEqualTo("one sailor");
        assertThat(found.get(1).speaker()).isEmpty();
    }

    @Test
    void aStatementIsOneOfSeveralVoices() {
        assertThat(UnnamedSpeakers.voiceOfSeveral("the statement")).isTrue();
        assertThat(UnnamedSpeakers.voiceOfSeveral("the ferry line’s statement")).isTrue();
        assertThat(UnnamedSpeakers.voiceOfSeveral("Ana Costa")).isFalse();
        List<Quote> found = Quotes.find(TestClusters.cluster("the ferry sank at dawn. \"the crew followed every rule, \" the "
                + "statement said. \"we knew nothing until morning, \" ana costa, a harbour pilot, told reporters."));
        assertThat(found.get(0).speaker()).isEqualTo("the statement");
        assertThat(found.get(1).speaker()).isEmpty();
    }
}
