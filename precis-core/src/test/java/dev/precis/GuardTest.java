package dev.precis;

import dev.precis.clean.rules.Rules;
import dev.precis.evidence.DefaultEvidenceFinder;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.order.SourceOrderer;
import dev.precis.score.Scorer;
import dev.precis.segment.OpenNlpSegmenter;
import dev.precis.select.MmrSelector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One cluster that misbehaves never costs the batch the clusters after it. */
class GuardTest {
    private static final Cluster STORY = new Cluster("s", List.of(Article.of("a",
            "The council approved the budget on Tuesday. It adds forty buses to the fleet by spring.")));

    private static Pipeline with(Scorer scorer) {
        Summarizers r = Summarizers.standard();
        r.register(new Summarizer("bad", scorer, new MmrSelector()));
        return new Pipeline(Rules.cleaner(), new OpenNlpSegmenter(), new SourceOrderer(), new DefaultEvidenceFinder(), r);
    }

    private static Scorer scorer(java.util.function.Supplier<double[]> body) {
        return new Scorer() {
            @Override
            public String name() {
                return "bad";
            }

            @Override
            public double[] score(dev.precis.analysis.ClusterAnalysis analysis) {
                return body.get();
            }
        };
    }

    @Test
    void outOfMemoryOnOneClusterIsThatClustersErrorAndTheNextStillRuns() {
        Pipeline p = with(scorer(() -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        try (Guard g = new Guard(p, Duration.ofSeconds(30))) {
            Guard.Outcome bad = g.summarize(STORY, SummaryOptions.defaults().withAlgorithm("bad"));
            assertThat(bad.ok()).isFalse();
            assertThat(bad.error()).startsWith("out of memory");
            assertThat(g.summarize(STORY, SummaryOptions.defaults()).ok()).isTrue();
        }
    }

    @Test
    void aCallerThatKeepsEveryStageOnOneThreadKeepsItOnTheGuardsThreadToo() {
        java.util.List<Boolean> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Pipeline p = with(new Scorer() {
            @Override
            public String name() {
                return "bad";
            }

            @Override
            public double[] score(dev.precis.analysis.ClusterAnalysis analysis) {
                seen.add(dev.precis.parallel.Workers.isAlone());
                return new double[analysis.text().size()];
            }
        });
        try (Guard g = new Guard(p, Duration.ofSeconds(30))) {
            SummaryOptions bad = SummaryOptions.defaults().withAlgorithm("bad");
            assertThat(dev.precis.parallel.Workers.alone(() -> g.summarize(STORY, bad)).ok()).isTrue();
            assertThat(g.summarize(STORY, bad).ok()).isTrue();
        }
        assertThat(seen).containsExactly(true, false);
    }

    @Test
    void aClusterPastItsTimeIsStoppedAndTheNextStillRuns() {
        Pipeline p = with(scorer(() -> {
            long end = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < end) Thread.onSpinWait(); // ignores interrupts: the guard must move on anyway
            return new double[0];
        }));
        p.summarize(STORY, SummaryOptions.defaults()); // models loaded outside the time limit
        try (Guard g = new Guard(p, Duration.ofSeconds(2))) {
            Guard.Outcome slow = g.summarize(STORY, SummaryOptions.defaults().withAlgorithm("bad"));
            assertThat(slow.error()).startsWith("stopped after");
            assertThat(g.summarize(STORY, SummaryOptions.defaults()).ok()).isTrue();
        }
    }

    @Test
    void badInputIsMarkedAsSuch() {
        try (Guard g = new Guard(Precis.pipeline(), Duration.ofSeconds(30))) {
            Guard.Outcome o = g.summarize(new Cluster("e", List.of(Article.of("a", "Share\nAdvertisement"))), SummaryOptions.defaults());
            assertThat(o.ok()).isFalse();
            assertThat(o.badInput()).isTrue();
            assertThat(o.error()).contains("no story text");
        }
    }
}
