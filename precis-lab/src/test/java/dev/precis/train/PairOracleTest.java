package dev.precis.train;

import dev.precis.eval.Oracle;
import dev.precis.eval.Rouge;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PairOracleTest {
    private static final Rouge.Reference REF = Rouge.standard().reference(List.of(
            "A storm hit the coast on Monday, flooding homes.",
            "Rescuers saved 40 people from the water."));

    /** The long sentence is the best one alone, but the two short ones together cover more in the same 10 words. */
    private static final List<String> CANDIDATES = List.of(
            "A storm hit the coast on Monday, flooding.",
            "A storm hit the coast.",
            "Rescuers saved 40 people from");

    @Test
    void withoutPairsItIsTheGreedyOracle() {
        PairOracle.Labels labels = PairOracle.select(CANDIDATES, REF, 10, 0);
        Oracle.Result greedy = new Oracle(10).select(CANDIDATES, REF);
        assertThat(labels.selected()).containsExactly(greedy.selected());
        assertThat(labels.selected()).containsExactly(0);
        assertThat(labels.rouge1()).containsExactly(greedy.rouge1Recall());
        assertThat(labels.rouge2()).containsExactly(greedy.rouge2Recall());
    }

    @Test
    void aPairTakesWhatOnlyTwoSentencesTogetherEarn() {
        PairOracle.Labels labels = PairOracle.select(CANDIDATES, REF, 10, 3);
        int[] chosen = labels.selected().clone();
        Arrays.sort(chosen);
        assertThat(chosen).containsExactly(1, 2);
        assertThat(labels.rouge1()).containsExactly(new Oracle(10).select(CANDIDATES, REF).rouge1Recall());
    }

    @Test
    void pairsOutsideTheBestCandidatesAreNotTried() {
        // Only the best candidate alone may pair, so there is no pair, and the greedy choice stands.
        assertThat(PairOracle.select(CANDIDATES, REF, 10, 1).selected()).containsExactly(0);
    }
}
