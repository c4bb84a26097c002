package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Speech verbs the shared list took in for session 18: each credits the quote it follows, and "suggested" only before a name. */
class SpeechVerbsTest {

    private static String speaker(String article) {
        return Quotes.find(TestClusters.cluster(article)).get(0).speaker();
    }

    @Test
    void laughsCreditsTheSpeaker() {
        assertThat(speaker("Oren Vale played the hall in May. “I forgot half the notes and nobody noticed,” Vale laughs."))
                .endsWith("Vale");
    }

    @Test
    void muttersCreditsTheSpeaker() {
        assertThat(speaker("The sisters try on coats. (“We need a little less glitter and a lot more wool,” Dana Kerr mutters.)"))
                .isEqualTo("Dana Kerr");
    }

    @Test
    void belts() {
        assertThat(speaker("Singer Ama Reyes opened the show. “If I can't find the road / I'll walk it home with you,” Reyes belts."))
                .isEqualTo("Ama Reyes");
    }

    @Test
    void suggestedBeforeAName() {
        assertThat(speaker("Some feared the worst: robots would run the city through a “small box in every kitchen,” suggested Wired columnist Lia Moss."))
                .isEqualTo("Lia Moss");
    }
}
