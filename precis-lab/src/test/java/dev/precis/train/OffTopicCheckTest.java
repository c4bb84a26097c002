package dev.precis.train;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OffTopicCheckTest {

    @Test
    void aPerfectSeparationHasAucOneAndFullAccuracy() {
        OffTopicCheck.Result r = OffTopicCheck.summarise(List.of(
                new double[] {0.05, 1}, new double[] {0.1, 1}, new double[] {0.6, 0}, new double[] {0.8, 0}, new double[] {0.9, 0}));
        assertThat(r.auc()).isEqualTo(1.0);
        assertThat(r.accuracy()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(1.0);
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.threshold()).isBetween(0.1, 0.6);
    }

    @Test
    void tiesCountHalfAndAReversedScoreIsBelowHalf() {
        OffTopicCheck.Result tied = OffTopicCheck.summarise(List.of(new double[] {0.5, 1}, new double[] {0.5, 0}));
        assertThat(tied.auc()).isCloseTo(0.5, within(1e-12));
        OffTopicCheck.Result reversed = OffTopicCheck.summarise(List.of(
                new double[] {0.9, 1}, new double[] {0.2, 0}, new double[] {0.3, 0}));
        assertThat(reversed.auc()).isEqualTo(0.0);
        // Calling nothing off-topic is then the most accurate choice.
        assertThat(reversed.accuracy()).isCloseTo(2.0 / 3, within(1e-12));
    }
}
