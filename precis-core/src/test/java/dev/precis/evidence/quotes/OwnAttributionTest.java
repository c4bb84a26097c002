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
}
