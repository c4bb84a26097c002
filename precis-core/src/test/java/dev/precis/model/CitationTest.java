package dev.precis.model;

import dev.precis.TestClusters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationTest {
    @Test
    void aSpanIsCitedWithItsArticlesId() {
        ClusterText text = TestClusters.cluster("The pier closed.", "The pier opened again on Monday.");
        assertThat(Citation.of(text, 1, 4, 8)).isEqualTo(new Citation(1, "d2", 4, 8));
    }
}
