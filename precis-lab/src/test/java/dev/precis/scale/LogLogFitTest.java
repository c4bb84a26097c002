package dev.precis.scale;

import dev.precis.model.Article;
import dev.precis.model.Cluster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LogLogFitTest {
    private static ScalingPoint point(int articles, double seconds) {
        return new ScalingPoint(articles, 0, seconds, seconds, seconds / 2, 0, 0);
    }

    @Test
    void aPowerLawGivesItsExponent() {
        List<ScalingPoint> quadratic = List.of(point(25, 0.01 * 625), point(100, 0.01 * 10_000), point(500, 0.01 * 250_000));
        assertThat(LogLogFit.exponent(quadratic)).isCloseTo(2.0, within(1e-9));
        assertThat(LogLogFit.exponent(quadratic, ScalingPoint::cpuSeconds)).isCloseTo(2.0, within(1e-9));
        List<ScalingPoint> linear = List.of(point(25, 0.25), point(50, 0.5), point(200, 2.0));
        assertThat(LogLogFit.exponent(linear)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void oneSizeHasNoExponent() {
        assertThatThrownBy(() -> LogLogFit.exponent(List.of(point(25, 1)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void testClustersTakeDistinctArticlesWithFreshIds() {
        List<Cluster> clusters = List.of(
                new Cluster("x", List.of(Article.of("1", "Fire at the harbour."), Article.of("2", "Crews came."))),
                new Cluster("y", List.of(Article.of("1", "Fire at the harbour."), Article.of("3", "Ships waited."))));
        List<Article> articles = ScalingRun.distinctArticles(clusters);
        assertThat(articles).extracting(Article::id).containsExactly("a1", "a2", "a3");
        assertThat(ScalingRun.cluster(articles, 2).articles()).extracting(Article::text)
                .containsExactly("Fire at the harbour.", "Crews came.");
        assertThatThrownBy(() -> ScalingRun.cluster(articles, 4)).hasMessageContaining("has 3 distinct");
    }
}
