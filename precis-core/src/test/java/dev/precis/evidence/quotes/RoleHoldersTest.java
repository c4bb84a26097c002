package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoleHoldersTest {

    private static String last(String article) {
        List<Quote> found = Quotes.find(TestClusters.cluster(article));
        return found.get(found.size() - 1).speaker();
    }

    @Test
    void theHolderOfARoleOpeningTheSentenceIsItsSubject() {
        assertThat(RoleHolders.subject("Harbor Board spokeswoman Ana Costa issued a statement", "Harbor Board".length(), "Harbor Board"))
                .isEqualTo("Ana Costa");
        assertThat(last("The pier closed in May. Harbor Board spokeswoman Ana Costa issued this statement when asked by the "
                + "Gazette: “We will rebuild the whole port before the winter comes.”")).isEqualTo("Ana Costa");
    }

    @Test
    void aVerbBetweenTwoNamesKeepsTheFirst() {
        assertThat(RoleHolders.subject("Lind praised host Ana Costa on air", "Lind".length(), "Lind")).isEqualTo("Lind");
        assertThat(RoleHolders.subject("Harbor Board dean of pilots Ana Costa left", "Harbor Board".length(), "Harbor Board"))
                .isEqualTo("Harbor Board");
    }

    @Test
    void aParticipleOfSpeechBeforeAColonSpeaksForTheSubject() {
        assertThat(last("On Thursday, Harbor Lines took out a full-page advertisement in the Gazette, saying: "
                + "“Our thoughts are with the families of the crew tonight.”")).isEqualTo("Harbor Lines");
        assertThat(last("Boris Lind, the ferry's captain, waved to the crowd at the quay, saying onstage: "
                + "“Our thoughts are with the families of the crew tonight.”")).isEqualTo("Boris Lind");
    }
}
