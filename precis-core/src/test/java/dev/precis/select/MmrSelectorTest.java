package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MmrSelectorTest {
    @Test
    void aSentenceThatCannotStandAloneIsNoIntroduction() {
        // The only full naming of Camp leans on a fragment no summary takes, so the quote that names
        // him bare has nobody to introduce him and is passed over.
        ClusterText text = TestClusters.cluster(
                "It rained. But Ways and Means Chairman Dave Camp said the vote on Wednesday was a rare step for the committee.",
                "The committee sent the case to the Justice Department after a closed meeting on Wednesday. "
                        + "\"We have to make sure that the signal goes out,\" Camp told reporters after the vote.");
        Introductions intro = Introductions.of(text);
        int quote = text.size() - 1;
        assertThat(intro.bare(quote)).containsExactly("camp");
        assertThat(Leaning.on(text, text.sentence(1))).isZero();
        assertThat(Candidates.eligible(text.sentence(0))).isFalse();
        double[] scores = new double[text.size()];
        scores[quote] = 1.0;
        scores[1] = 0.3;
        scores[2] = 0.2;
        List<Sentence> chosen = new MmrSelector().select(text, TermVectors.of(text), scores, Budget.words(80));
        assertThat(chosen).extracting(Sentence::id).doesNotContain(quote, 1).contains(2);
    }

    @Test
    void aLowScoredSentenceIsStillTakenWhenTheBetterOnesRepeatWhatIsChosen() {
        String fire = "A fire destroyed the grain warehouse on the harbour front on Tuesday night. ";
        ClusterText text = TestClusters.cluster(fire + "Crews from three towns fought the flames until dawn on Wednesday.", fire, fire);
        double[] scores = new double[text.size()];
        for (int i = 0; i < scores.length; i++) scores[i] = text.sentence(i).text().startsWith("Crews") ? 0.01 : 1.0 - 0.1 * i;
        List<Sentence> chosen = new MmrSelector().select(text, TermVectors.of(text), scores, Budget.words(40));
        assertThat(chosen).extracting(Sentence::text).containsExactly(fire.strip(), "Crews from three towns fought the flames until dawn on Wednesday.");
    }
}
