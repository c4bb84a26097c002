package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A quote whose own sentence credits someone Precis cannot name is not given the speaker going on. */
class UnreadAttributionTest {

    private static List<String> speakers(String article) {
        return Quotes.find(TestClusters.cluster(article)).stream().map(Quote::speaker).toList();
    }

    @Test
    void anUnnamedSpeakerAfterTheQuoteIsNoContinuation() {
        assertThat(speakers("“We will rebuild the whole port,” Ana Costa said.\n"
                + "“It will take two years of hard work for everyone,” someone shouted from the back of the hall."))
                .containsExactly("Ana Costa", "someone"); // "shouted" is a speech verb (miss20): the credit is read, not skipped
        assertThat(speakers("“We will rebuild the whole port,” Ana Costa said. "
                + "“It will take two years of hard work for everyone,” her deputy grumbled."))
                .containsExactly("Ana Costa", "");
    }

    @Test
    void heOrSheWithAnotherVerbStillGoesOn() {
        assertThat(speakers("“We will rebuild the whole port,” Ana Costa said.\n"
                + "“It will take two years of hard work for everyone,” she shrugged."))
                .containsExactly("Ana Costa", "Ana Costa");
    }

    @Test
    void aLaterSpeechVerbBeforeTheQuoteCreditsItsOwnSubject() {
        assertThat(speakers("When Ana Costa told the fishermen on Monday morning that the harbour would open again before the summer"
                + " season began, the fishermen said, “We have waited long enough for this day to come.”"))
                .containsExactly("");
    }

    @Test
    void theWordsBetweenTwoQuotesOfOneSentenceCreditTheFirst() {
        assertThat(speakers("Ana Costa spoke first. “That is simply false,” a port spokesman said, “and the mayor knows it very well.”"))
                .containsExactly("a port spokesman", "a port spokesman");
    }

    @Test
    void notOnLowerCasedText() {
        // lower-cased text: the subject before the later verb is as often a name nobody could read
        assertThat(speakers("The man was found on the farm. Costa told investigators that he found rosa in the shower and told him"
                + " to leave, but costa claimed rosa “aggressively responded with threats he could not understand.”"))
                .containsExactly("Costa");
    }
}
