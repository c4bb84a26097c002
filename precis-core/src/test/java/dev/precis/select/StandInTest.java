package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StandInTest {
    private static final String OPENED = "Mayor Jane Smith opened the new harbour bridge in Portville on Monday";

    /** Another outlet's report of the bridge opening, then one whose "She called ..." leans on its own report of it. */
    private static ClusterText bridge(String leaning) {
        return TestClusters.cluster(OPENED + " morning.", OPENED + ". " + leaning);
    }

    @Test
    void aLeaningSentenceIsTakenAfterAnotherArticlesSentenceThatSaysWhatItsSupportSays() {
        ClusterText text = bridge("She called the bridge a triumph for the whole city and its workers.");
        Sentence other = text.sentencesOf(0).get(0), support = text.sentencesOf(1).get(0), she = text.sentencesOf(1).get(1);
        assertThat(Leaning.on(text, she)).isEqualTo(support.id());
        double[] scores = new double[text.size()];
        scores[other.id()] = 1.0;
        scores[she.id()] = 0.9;
        scores[support.id()] = 0.5;
        List<Sentence> chosen = new MmrSelector().select(text, TermVectors.of(text), scores, Budget.words(40));
        // The support repeats the chosen report, so it is refused; the report stands in for it.
        assertThat(chosen).containsExactly(other, she);
    }

    @Test
    void aSentenceThatClosesAQuotationBegunBeforeItHasNoStandIn() {
        ClusterText text = bridge("It is a triumph for the whole city and its workers,” she said.");
        Sentence other = text.sentencesOf(0).get(0), support = text.sentencesOf(1).get(0), tail = text.sentencesOf(1).get(1);
        TermVectors vectors = TermVectors.of(text);
        assertThat(StandIn.of(text, vectors, tail, support.id(), new int[] {other.id()}, 1, id -> true)).isEqualTo(-1);
        ClusterText plain = bridge("She called the bridge a triumph for the whole city and its workers.");
        Sentence she = plain.sentencesOf(1).get(1);
        assertThat(StandIn.of(plain, TermVectors.of(plain), she, plain.sentencesOf(1).get(0).id(), new int[] {plain.sentencesOf(0).get(0).id()}, 1, id -> true))
                .isEqualTo(plain.sentencesOf(0).get(0).id());
    }
}
