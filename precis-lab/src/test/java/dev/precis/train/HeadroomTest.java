package dev.precis.train;

import dev.precis.Precis;
import dev.precis.eval.RougeScores;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.score.LeadScorer;
import dev.precis.select.Budget;
import dev.precis.select.MmrSelector;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HeadroomTest {

    private static RougeScores r2(double f1) {
        RougeScores.Score s = new RougeScores.Score(f1, f1, f1);
        return new RougeScores(s, s, s, s);
    }

    @Test
    void sizeQuartersSplitByClusterSizeAndAverage() {
        Headroom h = new Headroom(List.of(
                new Headroom.Row(40, 250, r2(0.1), r2(0.3), r2(0.2), 0.5),
                new Headroom.Row(10, 200, r2(0.3), r2(0.5), r2(0.4), 1.0),
                new Headroom.Row(90, 256, r2(0.2), r2(0.4), r2(0.3), 0.0),
                new Headroom.Row(20, 230, r2(0.2), r2(0.3), r2(0.2), 0.5)));
        assertThat(h.all().summary().rouge2().f1()).isCloseTo(0.2, within(1e-12));
        assertThat(h.all().words()).isCloseTo(234, within(1e-12));
        List<Headroom.Mean> halves = h.bySize(2);
        assertThat(halves).hasSize(2);
        assertThat(halves.get(0).minSentences()).isEqualTo(10);
        assertThat(halves.get(0).maxSentences()).isEqualTo(20);
        assertThat(halves.get(0).oracle().rouge2().f1()).isCloseTo(0.4, within(1e-12));
        assertThat(halves.get(1).taken()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void theOracleFindsTheSentenceTheReferenceRepeatsWhereTheLeadDoesNot() {
        Cluster cluster = new Cluster("c1", List.of(
                Article.of("a", "The town council met on Tuesday evening in the old hall. "
                        + "Heavy rain flooded forty homes in Millbrook over three days. "
                        + "Residents were moved to the school gym until the water goes down."),
                Article.of("b", "Weather forecasters expect dry skies by the weekend across the valley. "
                        + "Volunteers filled sandbags along the main street all night long.")),
                "Heavy rain flooded forty homes in Millbrook this week.");
        DevSet set = new DevSet(List.of(cluster), Precis.pipeline());
        Headroom h = set.headroom(new LeadScorer(), new MmrSelector(), Budget.words(15));
        Headroom.Row row = h.clusters().get(0);
        assertThat(row.sentences()).isEqualTo(5);
        // The lead takes the council sentence; the oracle and the selector given its choice take the flood.
        assertThat(row.oracle().rouge2().f1()).isGreaterThan(row.summary().rouge2().f1());
        assertThat(row.perfect().rouge2().f1()).isCloseTo(row.oracle().rouge2().f1(), within(1e-12));
        assertThat(row.taken()).isEqualTo(0);
    }
}
