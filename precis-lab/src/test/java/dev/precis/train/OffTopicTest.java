package dev.precis.train;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OffTopicTest {

    private static final String QUAKE_A = "A strong earthquake struck central Chile on Monday, killing 12 people. "
            + "Rescue teams searched collapsed buildings in Talca overnight.";
    private static final String QUAKE_B = "An earthquake of magnitude 7.1 struck central Chile and killed 12 people. "
            + "Rescuers in Talca searched the rubble of collapsed buildings.";
    private static final String RECIPE = "Whisk two eggs with sugar until pale. "
            + "Fold in the flour and bake the sponge for twenty minutes.";

    @Test
    void anArticleAboutSomethingElseFitsWorst() {
        ClusterText text = TestClusters.cluster(QUAKE_A, QUAKE_B, RECIPE);
        double[] fit = OffTopic.fit(text, TermVectors.of(text));
        assertThat(fit).hasSize(3);
        assertThat(fit[2]).isLessThan(fit[0]).isLessThan(0.1);
        assertThat(fit[1]).isGreaterThan(0.3);
        for (double f : fit) assertThat(f).isBetween(0.0, 1.0);
    }

    @Test
    void theScoreDoesNotDependOnCasing() {
        ClusterText cased = TestClusters.cluster(QUAKE_A, QUAKE_B, RECIPE);
        ClusterText lower = TestClusters.cluster(QUAKE_A.toLowerCase(), QUAKE_B.toLowerCase(), RECIPE.toLowerCase());
        double[] a = OffTopic.fit(cased, TermVectors.of(cased));
        double[] b = OffTopic.fit(lower, TermVectors.of(lower));
        for (int i = 0; i < a.length; i++) assertThat(b[i]).isCloseTo(a[i], org.assertj.core.api.Assertions.within(0.05));
    }

    @Test
    void aSingleArticleHasNothingToDisagreeWith() {
        ClusterText text = TestClusters.cluster(RECIPE);
        assertThat(OffTopic.fit(text, TermVectors.of(text))).containsExactly(1.0);
    }
}
