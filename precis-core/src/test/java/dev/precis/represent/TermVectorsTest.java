package dev.precis.represent;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TermVectorsTest {
    @Test
    void sparseSimilaritiesAgreeWithPairwiseCosine() {
        ClusterText text = TestClusters.aleppo();
        TermVectors v = TermVectors.of(text);
        Similarities s = Similarities.of(v);
        int n = text.size();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double expected = a == b ? (v.termIds(a).length == 0 ? 0 : 1) : v.cosine(a, b);
                assertThat(s.get(a, b)).isEqualTo(expected);
            }
        }
    }

    @Test
    void vectorsAreSortedAndNormalised() {
        ClusterText text = TestClusters.sentences("Rain rain falls on the plain plain plain.", "Sun shines on the hills.");
        TermVectors v = TermVectors.of(text);
        for (int s = 0; s < v.size(); s++) {
            int[] ids = v.termIds(s);
            for (int k = 1; k < ids.length; k++) assertThat(ids[k]).isGreaterThan(ids[k - 1]);
            double norm = 0;
            for (double w : v.weights(s)) norm += w * w;
            assertThat(norm).isCloseTo(1.0, within(1e-12));
        }
        assertThat(v.termId("rain")).isNotNegative();
        assertThat(v.termId("snow")).isEqualTo(-1);
        assertThat(v.cosine(0, 0)).isCloseTo(1.0, within(1e-12));
    }
}
