package dev.precis.stories;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GroupingScoresTest {
    private static List<String> labels(String... l) {
        return Arrays.asList(l);
    }

    @Test
    void perfectGroupingScoresOne() {
        GroupingScores s = GroupingScores.of(labels("a", "a", "b", null), labels("x", "x", "y", null));
        assertThat(s.pairF1()).isEqualTo(1.0);
        assertThat(s.bcubedF1()).isEqualTo(1.0);
    }

    /**
     * Gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}. Pairs: gold 3+1 = 4, predicted 1+3 = 4, shared
     * (1,2) and (4,5) = 2, so P = R = 0.5. B-cubed precision per article: 1, 1, 1/3, 2/3, 2/3 = 11/15;
     * recall: 2/3, 2/3, 1/3, 1, 1 = 11/15.
     */
    @Test
    void handComputedExample() {
        GroupingScores s = GroupingScores.of(labels("g1", "g1", "g1", "g2", "g2"), labels("p1", "p1", "p2", "p2", "p2"));
        assertThat(s.pairPrecision()).isEqualTo(0.5);
        assertThat(s.pairRecall()).isEqualTo(0.5);
        assertThat(s.pairF1()).isEqualTo(0.5);
        assertThat(s.bcubedPrecision()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(s.bcubedRecall()).isCloseTo(11 / 15.0, within(1e-12));
    }

    /** Three gold-noise copies merged into one predicted story: three false pairs, no true ones. */
    @Test
    void noiseIsItsOwnStorySoMergedCopiesPayForEveryPair() {
        GroupingScores s = GroupingScores.of(labels(null, null, null, "g", "g"), labels("n", "n", "n", "p", "p"));
        assertThat(s.pairPrecision()).isCloseTo(1 / 4.0, within(1e-12));
        assertThat(s.pairRecall()).isEqualTo(1.0);
        // B-cubed precision: each copy 1/3, each real article 1
        assertThat(s.bcubedPrecision()).isCloseTo((3 * (1 / 3.0) + 2) / 5, within(1e-12));
        assertThat(s.bcubedRecall()).isEqualTo(1.0);
    }

    /** A missing (null) prediction is a story of its own: it loses the pair it should have made. */
    @Test
    void missingPredictionIsASingleton() {
        GroupingScores s = GroupingScores.of(labels("g", "g", "h"), labels("p", null, "q"));
        assertThat(s.pairPrecision()).isEqualTo(1.0); // no predicted pairs
        assertThat(s.pairRecall()).isEqualTo(0.0);
        assertThat(s.pairF1()).isEqualTo(0.0);
        assertThat(s.bcubedPrecision()).isEqualTo(1.0);
        assertThat(s.bcubedRecall()).isCloseTo((0.5 + 0.5 + 1) / 3, within(1e-12));
    }
}
