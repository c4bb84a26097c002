package dev.precis.score.learned;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeaturesTest {
    private static final ClusterText QUAKE = QuakeCluster.QUAKE;

    private static double at(double[] m, int sentence, int feature) {
        return m[sentence * Features.count() + feature];
    }

    @Test
    void namesAreUniqueAndEveryGroupHasFeatures() {
        String[] names = Features.names();
        assertThat(names).hasSize(Features.count());
        assertThat(new HashSet<>(List.of(names))).hasSize(names.length);
        for (Features.Group g : Features.Group.values()) {
            assertThat(Features.columns(EnumSet.of(g))).as(g.name()).isNotEmpty();
        }
        assertThat(Features.columns(EnumSet.allOf(Features.Group.class))).hasSize(Features.count());
    }

    @Test
    void everyValueIsFinite() {
        double[] m = Features.extract(QUAKE, TermVectors.of(QUAKE));
        assertThat(m).hasSize(QUAKE.size() * Features.count());
        assertThat(Arrays.stream(m).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void positionAndLength() {
        double[] m = Features.extract(QUAKE, TermVectors.of(QUAKE));
        // Sentence 1 is the second of article 0 (five sentences).
        assertThat(at(m, 1, Features.POSITION)).isEqualTo(1);
        assertThat(at(m, 1, Features.IS_LEAD)).isEqualTo(0);
        assertThat(at(m, 0, Features.IS_LEAD)).isEqualTo(1);
        assertThat(at(m, 1, Features.POSITION_RELATIVE)).isCloseTo(0.25, within(1e-12));
        assertThat(at(m, 1, Features.ARTICLE_SENTENCES)).isEqualTo(5);
        assertThat(at(m, 5, Features.ARTICLE_INDEX)).isEqualTo(1);
        assertThat(at(m, 0, Features.ARTICLES)).isEqualTo(3);
        assertThat(at(m, 0, Features.CLUSTER_SENTENCES)).isEqualTo(QUAKE.size());
        assertThat(at(m, 0, Features.WORDS)).isEqualTo(QUAKE.sentence(0).wordCount());
        assertThat(at(m, 0, Features.WORD_OFFSET)).isEqualTo(0);
        assertThat(at(m, 1, Features.WORD_OFFSET)).isEqualTo(QUAKE.sentence(0).wordCount());
        // The one-sentence article: relative position 0, not a division by zero.
        int last = QUAKE.size() - 1;
        assertThat(at(m, last, Features.POSITION_RELATIVE)).isEqualTo(0);
    }

    @Test
    void aFactTwoOutletsCarryIsSupported() {
        double[] m = Features.extract(QUAKE, TermVectors.of(QUAKE));
        int lead0 = 0, lead1 = 5;
        assertThat(QUAKE.sentence(lead1).text()).startsWith("A strong earthquake");
        assertThat(at(m, lead0, Features.SUPPORT_MAX)).isGreaterThan(0.7);
        assertThat(at(m, lead0, Features.SUPPORT_50)).isEqualTo(0.5); // one of the two other articles
        assertThat(at(m, 1, Features.SUPPORT_MAX)).isLessThan(0.2);
        assertThat(at(m, lead0, Features.BIGRAM_SUPPORT)).isGreaterThan(0.6);
        assertThat(at(m, 1, Features.BIGRAM_SUPPORT)).isEqualTo(0);
        assertThat(at(m, lead0, Features.LEXRANK)).isGreaterThan(at(m, 3, Features.LEXRANK));
    }

    @Test
    void surfaceCues() {
        double[] m = Features.extract(QUAKE, TermVectors.of(QUAKE));
        assertThat(at(m, 0, Features.NUMBERS)).isEqualTo(1);     // 12
        assertThat(at(m, 7, Features.NUMBERS)).isEqualTo(1);     // 7.1
        assertThat(at(m, 2, Features.QUOTES)).isEqualTo(2);
        assertThat(at(m, 2, Features.STARTS_QUOTE)).isEqualTo(1);
        assertThat(at(m, 2, Features.FIRST_PERSON)).isGreaterThan(0);
        assertThat(at(m, 6, Features.FIRST_PERSON)).isGreaterThan(0);
        assertThat(at(m, 0, Features.FIRST_PERSON)).isEqualTo(0);
        assertThat(at(m, 3, Features.QUESTION)).isEqualTo(1);
        assertThat(at(m, 0, Features.QUESTION)).isEqualTo(0);
        assertThat(at(m, 4, Features.DEBRIS)).isGreaterThanOrEqualTo(3); // click, subscribe, newsletter, www.
        assertThat(at(m, 0, Features.DEBRIS)).isEqualTo(0);
        assertThat(at(m, 7, Features.ATTRIBUTION)).isEqualTo(1);   // according
        assertThat(at(m, 0, Features.TIME_WORDS)).isEqualTo(1);    // monday
    }

    @Test
    void casingFeaturesSeeLowerCasedText() {
        ClusterText lower = TestClusters.cluster(
                "A strong earthquake struck central chile on monday, killing 12 people. Rescue teams searched collapsed buildings in talca.",
                "Officials in santiago said schools will stay closed.");
        ClusterText cased = TestClusters.cluster(
                "A strong earthquake struck central Chile on Monday, killing 12 people. Rescue teams searched collapsed buildings in Talca.",
                "Officials in Santiago said schools will stay closed.");
        double[] ml = Features.extract(lower, TermVectors.of(lower));
        double[] mc = Features.extract(cased, TermVectors.of(cased));
        assertThat(at(ml, 0, Features.CLUSTER_CASED)).isEqualTo(0);
        assertThat(at(mc, 0, Features.CLUSTER_CASED)).isGreaterThan(0.05);
        assertThat(at(ml, 0, Features.CAPITALS)).isEqualTo(0);
        assertThat(at(mc, 0, Features.CAPITALS)).isGreaterThan(0);
        // Features outside the case group do not change with casing.
        int[] robust = Features.columns(EnumSet.complementOf(EnumSet.of(Features.Group.CASE)));
        for (int s = 0; s < lower.size(); s++) {
            for (int k : robust) {
                assertThat(at(ml, s, k)).as(Features.names()[k]).isCloseTo(at(mc, s, k), within(1e-12));
            }
        }
    }

    @Test
    void rankPercentileSharesTies() {
        assertThat(Features.rankPercentile(new double[] {0.5, 0.1, 0.5, 0.9}))
                .containsExactly(1.0 / 3, 0, 1.0 / 3, 1);
        assertThat(Features.rankPercentile(new double[] {7})).containsExactly(1);
    }

    @Test
    void aOneSentenceClusterIsFine() {
        ClusterText one = TestClusters.cluster("Officials in Santiago said schools will stay closed.");
        double[] m = Features.extract(one, TermVectors.of(one));
        assertThat(Arrays.stream(m).allMatch(Double::isFinite)).isTrue();
        assertThat(at(m, 0, Features.SUPPORT_MAX)).isEqualTo(0);
    }
}
