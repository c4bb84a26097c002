package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SharedBigramsTest {
    @Test
    void countsTheShareOfASentencesWordPairsAlreadyHeld() {
        ClusterText text = TestClusters.sentences(
                "The grain warehouse burned down on the harbour front.",
                "On the harbour front the grain warehouse burned down.",
                "Crews from three towns fought the flames until dawn.");
        SharedBigrams pairs = new SharedBigrams();
        assertThat(pairs.share(text.sentence(1))).isZero();
        pairs.add(text.sentence(0));
        // "on the", "the harbour", "harbour front", "the grain", "grain warehouse", "warehouse burned", "burned down": 7 of 8
        assertThat(pairs.share(text.sentence(1))).isEqualTo(7 / 8.0);
        assertThat(pairs.share(text.sentence(2))).isZero();
    }

    @Test
    void selectionPassesOverASentenceMadeOfThePhrasesOfAChosenOne() {
        // Few of the second sentence's terms are the first's (cosine under the redundancy threshold), but
        // half its word pairs are: it says "of the city said on Monday that" again.
        ClusterText text = TestClusters.cluster(
                "The mayor of the city said on Monday that the bridge will close.",
                "Residents of the city said on Monday that they would protest the plan.",
                "Crews from three towns fought the flames on the harbour front until dawn.");
        TermVectors vectors = TermVectors.of(text);
        assertThat(vectors.cosine(0, 1)).isLessThan(MmrSelector.DEFAULT_REDUNDANCY);
        double[] scores = {1.0, 0.9, 0.5};
        List<Sentence> chosen = new MmrSelector().select(text, vectors, scores, Budget.words(60));
        assertThat(chosen).extracting(Sentence::id).containsExactly(0, 2);
    }
}
