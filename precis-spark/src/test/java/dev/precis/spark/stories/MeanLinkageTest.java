package dev.precis.spark.stories;

import dev.precis.stories.GroupingParams;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The block grouping follows the online rule: a story is joined on its mean, so a chain does not grow one. */
class MeanLinkageTest {
    private static Row article(long pos, String... terms) {
        // as Spark hands array columns to a function: Scala sequences
        return RowFactory.create(pos, CollectionConverters.asScala(List.of(terms)),
                CollectionConverters.asScala(java.util.Collections.nCopies(terms.length, 1.0)));
    }

    private static Row link(long a, long b, double cosine) {
        return RowFactory.create(a, b, cosine);
    }

    @Test
    void aChainOfLinksIsNotOneStory() {
        // 1 and 2 share two of three terms, 2 and 3 two of three, 1 and 3 none
        List<Row> members = List.of(article(1, "a", "b", "c"), article(2, "b", "c", "d"), article(3, "d", "e", "f"),
                article(4, "a", "b", "c"));
        List<Row> links = List.of(link(1, 2, 2 / 3.0), link(2, 3, 1 / 3.0), link(1, 4, 1.0), link(2, 4, 2 / 3.0));

        List<Row> labels = MeanLinkage.group(members, links, GroupingParams.defaults());

        // 2 joins 1 (2/3); 3 scores the mean of 0 and 1/3 with story {1, 2}, below 0.25: a story of its own
        assertThat(labels).extracting(r -> r.getLong(0) + "->" + r.getLong(1))
                .containsExactly("1->1", "2->1", "3->3", "4->1");
    }

    @Test
    void theClosestArticleAloneChainsWhenLinkageIsZero() {
        List<Row> members = List.of(article(1, "a", "b", "c"), article(2, "b", "c", "d"), article(3, "d", "e", "f"));
        List<Row> links = List.of(link(1, 2, 2 / 3.0), link(2, 3, 1 / 3.0));

        List<Row> labels = MeanLinkage.group(members, links, GroupingParams.defaults().withLinkage(0));

        assertThat(labels).extracting(r -> r.getLong(1)).containsOnly(1L);
    }

    @Test
    void theBatchRulesAreTheOnlineOnes() {
        assertThat(StoryRules.defaults().params()).isEqualTo(GroupingParams.defaults());
    }
}
