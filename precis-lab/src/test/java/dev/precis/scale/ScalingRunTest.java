package dev.precis.scale;

import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScalingRunTest {
    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        String[] towns = {"Harwick", "Lemby", "Oster", "Calloway"};
        for (int i = 0; i < towns.length; i++) {
            out.add(Article.of("t" + i, "A bridge in " + towns[i] + " closed on Monday after inspectors found cracks in its supports. "
                    + "The council said repairs would take at least " + (i + 3) + " weeks. "
                    + "Drivers were told to use the ring road, which added about twenty minutes to the morning commute."));
        }
        return out;
    }

    @Test
    void measuresEachSizeInIncreasingOrderAfterItsWarmUp() {
        ScalingRun run = new ScalingRun(Precis.pipeline(), SummaryOptions.defaults().withEvidence(true), 1, 1);
        List<Integer> done = new ArrayList<>();
        List<ScalingPoint> points = run.run(articles(), new int[] {3, 2}, done::add);
        assertThat(done).containsExactly(2, 3);
        assertThat(points).extracting(ScalingPoint::articles).containsExactly(2, 3);
        assertThat(points).allSatisfy(p -> {
            assertThat(p.firstSeconds()).isPositive();
            assertThat(p.seconds()).isPositive();
            assertThat(p.sentences()).isGreaterThanOrEqualTo(3 * p.articles());
        });
    }

    @Test
    void withoutWarmUpTheFirstSummaryIsTheFirstTimedOne() {
        ScalingRun run = new ScalingRun(Precis.pipeline(), SummaryOptions.defaults(), 0, 1);
        ScalingPoint p = run.run(articles(), new int[] {2}, size -> { }).get(0);
        assertThat(p.firstSeconds()).isEqualTo(p.seconds());
    }

    @Test
    void refusesANegativeWarmUp() {
        assertThatThrownBy(() -> new ScalingRun(Precis.pipeline(), SummaryOptions.defaults(), -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
