package dev.precis.stories;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TfIdfTest {
    @Test
    void weightIsLogCountTimesSmoothedIdf() {
        assertThat(TfIdf.weight(1, 0, 9)).isCloseTo(Math.log(10) + 1, within(1e-12));
        assertThat(TfIdf.weight(3, 4, 9)).isCloseTo((1 + Math.log(3)) * (Math.log(10) - Math.log(5) + 1), within(1e-12));
        // the grouper's form with ln(N + 1) given is the same number
        assertThat(TfIdf.weight(3, 4, Math.log(10))).isEqualTo(TfIdf.weight(3, 4, 9L));
    }

    @Test
    void cosineOfSortedSparseVectors() {
        String[] a = {"fire", "harbour", "roof"};
        String[] b = {"blaze", "harbour", "roof"};
        assertThat(TfIdf.cosine(a, new double[] {1, 2, 2}, a, new double[] {1, 2, 2})).isCloseTo(1, within(1e-12));
        assertThat(TfIdf.cosine(a, new double[] {1, 1, 1}, b, new double[] {1, 1, 1})).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(TfIdf.cosine(a, new double[] {1, 1, 1}, new String[] {"vote"}, new double[] {1})).isZero();
        assertThat(TfIdf.cosine(new String[0], new double[0], a, new double[] {1, 1, 1})).isZero();
    }
}
