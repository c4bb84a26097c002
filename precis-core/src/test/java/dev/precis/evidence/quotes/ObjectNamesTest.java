package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A name after "for", or after "by" with a subject of its own following, does not speak the quote. */
class ObjectNamesTest {

    private static String speaker(String article) {
        return Quotes.find(TestClusters.cluster(article)).get(0).speaker();
    }

    @Test
    void theOneSpokenForIsNoSpeaker() {
        assertThat(speaker("A spokeswoman for Ana Costa-Reyes says the mayor and her husband “are taking some time to think.”"))
                .isEqualTo("a spokeswoman for Ana Costa-Reyes");
    }

    @Test
    void anAgentBeforeASubjectOfItsOwnIsNoSpeaker() {
        assertThat(speaker("In one letter, obtained by PortWatch, the fishermen said, “We will not leave the harbour this winter.”"))
                .isNotEqualTo("PortWatch");
    }

    @Test
    void theAuthorOfAStatementStillSpeaks() {
        assertThat(speaker("A statement released by the Port Authority, said there was “no danger to the boats in the harbour.”"))
                .isEqualTo("Port Authority");
    }

    @Test
    void aNameAfterALowerCaseParticleIsTheName() {
        assertThat(speaker("The harbour was closed. Port official Omar al-Rahmi said the boats “will stay in the harbour until May.”"))
                .endsWith("Rahmi");
    }

    @Test
    void thoseASourceIsCloseToAreNoSpeaker() {
        assertThat(speaker("A source close to the Ferreiras said: “Marta and Luis have been told the divers will search the lake in May.”"))
                .isEqualTo("a source close to the Ferreiras");
    }
}
