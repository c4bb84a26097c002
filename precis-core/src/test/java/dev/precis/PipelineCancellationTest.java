package dev.precis;

import dev.precis.clean.rules.Rules;

import dev.precis.clean.RuleCleaner;
import dev.precis.evidence.DefaultEvidenceFinder;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.order.SourceOrderer;
import dev.precis.segment.OpenNlpSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;
import dev.precis.model.Cancelled;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineCancellationTest {
    private static final Cluster FIRE = new Cluster("fire", List.of(
            Article.of("a", "A fire broke out at the harbour on Monday night. Firefighters fought it for hours."),
            Article.of("b", "A fire destroyed a warehouse at the harbour on Monday. No one was hurt.")));

    @Test
    void anInterruptedThreadStopsAfterTheStageItIsInAndTheLaterStagesNeverRun() {
        AtomicInteger segmented = new AtomicInteger();
        OpenNlpSegmenter real = new OpenNlpSegmenter();
        Pipeline pipeline = new Pipeline(cluster -> {
            Thread.currentThread().interrupt();   // as a timed-out caller's cancel(true) would
            return Rules.cleaner().clean(cluster);
        }, (cluster, clean) -> {
            segmented.incrementAndGet();
            return real.segment(cluster, clean);
        }, new SourceOrderer(), new DefaultEvidenceFinder(), Summarizers.standard());
        try {
            assertThatThrownBy(() -> pipeline.summarize(FIRE, SummaryOptions.defaults()))
                    .isInstanceOf(Cancelled.class);
            assertThat(segmented).hasValue(0);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void withoutAnInterruptTheSamePipelineSummarises() {
        Pipeline pipeline = new Pipeline(Rules.cleaner(), new OpenNlpSegmenter(), new SourceOrderer(),
                new DefaultEvidenceFinder(), Summarizers.standard());
        assertThat(pipeline.summarize(FIRE, SummaryOptions.defaults()).sentences()).isNotEmpty();
    }
}
