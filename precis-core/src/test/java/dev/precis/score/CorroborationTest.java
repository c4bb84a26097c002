package dev.precis.score;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorroborationTest {
    @Test
    void aWidelyCarriedFactWinsANearTie() {
        double[] scores = {0.80, 0.78, 0.20};
        int[] support = {1, 4, 1};
        double[] out = Corroboration.prefer(scores, support, 4);
        assertThat(out[1]).isGreaterThan(out[0]);
    }

    @Test
    void aClearlyMoreSalientSentenceStaysAhead() {
        double[] scores = {1.0, 0.5, 0.0};
        int[] support = {1, 4, 1};
        double[] out = Corroboration.prefer(scores, support, 4);
        assertThat(out[0]).isGreaterThan(out[1]);
    }

    @Test
    void singleArticleClustersAreLeftAlone() {
        double[] scores = {0.3, 0.9};
        assertThat(Corroboration.prefer(scores, new int[] {1, 1}, 1)).containsExactly(0.3, 0.9);
    }
}
