package dev.precis.score.learned;

import dev.precis.TestClusters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrainedDepthTest {
    /** A sentence of {@code n} words. */
    private static String words(int n) {
        return "word ".repeat(n - 1) + "end.";
    }

    @Test
    void aSentenceStartingPastTheDepthKeepsTheFactorOfItsScore() {
        // Article one: sentences start at 0, 200, 300 and 301 words; article two counts from its own start.
        var text = TestClusters.cluster(
                words(200) + " " + words(100) + " " + words(1) + " " + words(10),
                words(250) + " " + words(60));
        double[] scores = TrainedDepth.damp(new double[] {1, 1, 1, 1, 0.8, 0.8}, text);
        assertThat(scores).containsExactly(1, 1, 1, TrainedDepth.FACTOR, 0.8, 0.8);
    }

    @Test
    void shortArticlesAreUntouched() {
        var text = TestClusters.cluster(words(120) + " " + words(150), words(299) + " " + words(5));
        assertThat(TrainedDepth.damp(new double[] {0.2, 0.4, 0.6, 1.0}, text)).containsExactly(0.2, 0.4, 0.6, 1.0);
    }
}
