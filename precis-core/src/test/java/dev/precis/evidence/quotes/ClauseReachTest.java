package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseReachTest {

    private static String last(String article) {
        List<Quote> found = Quotes.find(TestClusters.cluster(article));
        return found.get(found.size() - 1).speaker();
    }

    @Test
    void theOpeningSubjectSpeaksAtTheParticiple() {
        assertThat(ClauseReach.reaches("Harbor Films has agreed to cut the scene, saying: ", "Harbor Films")).isTrue();
        assertThat(last("The film opens in May. Harbor Films has since agreed to cut the scene under pressure from critics, saying: "
                + "“We listened to our audience and we will always keep listening.”")).isEqualTo("Harbor Films");
    }

    @Test
    void aClauseWithASubjectOfItsOwnEndsItsReach() {
        // lower-cased text: the second subject is no capitalised name, and the first must not be taken for it
        String head = "Harbor Films has since agreed to cut the scene under pressure from critics, but lind thinks it should stay, saying: ";
        assertThat(ClauseReach.reaches(head, "Harbor Films")).isFalse();
        assertThat(last("The film opens in may. " + head + "“Comedy brings people together and we should never stop joking.”"))
                .isEmpty();
        assertThat(ClauseReach.reaches("Harbor Films cut the scene; lind kept it, adding: ", "Harbor Films")).isFalse();
    }

    @Test
    void anAsideInParenthesesEndsNothing() {
        String head = "Boris Lind, the captain (though some dispute the title), waved to the crowd at the quay, saying: ";
        assertThat(ClauseReach.reaches(head, "Boris Lind")).isTrue();
        assertThat(last("The ferry came home. " + head + "“Our thoughts are with the families of the crew tonight.”"))
                .isEqualTo("Boris Lind");
    }

    @Test
    void aNameOnlyOwningTheSubjectIsNotTheSpeaker() {
        // "Lind's deputy ana costa, ...": in lower-cased text the deputy's name is no name, and Lind is not the one adding
        String head = "Lind's deputy ana costa, who helped plan the vote, said lind was “very hurt”, adding: ";
        assertThat(ClauseReach.reaches(head, "Lind's")).isFalse();
        assertThat(last("The vote came at noon. " + head + "“I am not enjoying this at all, it is a very hard day.”"))
                .isNotEqualTo("Lind");
    }
}
