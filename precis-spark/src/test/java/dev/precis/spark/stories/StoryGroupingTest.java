package dev.precis.spark.stories;

import dev.precis.spark.LocalSpark;
import dev.precis.stories.GroupingParams;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class StoryGroupingTest {
    private static final StructType ARTICLES = new StructType()
            .add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    private static final String NOTICE = "This page is a copy kept by the web archive crawler. Pages are collected "
            + "automatically as they are published, and the copy may be incomplete or out of date. ";

    private static final String GARDEN = "The botanical garden of Ellery opens its new glasshouse to visitors this "
            + "weekend, with orchids from four continents, a pond of giant water lilies and a path through the "
            + "canopy of a small tropical forest that the gardeners planted three years ago.";

    @Test
    void storiesAreLinkedAndNoticeCopiesNeverFormOne() {
        for (StoryRules.Grouping grouping : StoryRules.Grouping.values()) {
            assertGrouped(new StoryRules(GroupingParams.defaults(), 8, 0.5, grouping));
        }
    }

    private static void assertGrouped(StoryRules rules) {
        List<Row> rows = new ArrayList<>();
        rows.add(article("fire-1", "A fire broke out in the harbour warehouse of Ellery on Tuesday night. Firefighters "
                + "from three stations fought the blaze for six hours before the warehouse roof collapsed, and the "
                + "harbour stayed closed."));
        rows.add(article("vote-1", "The Norland parliament voted on Thursday to lower the voting age to sixteen, "
                + "after a debate that lasted two days and split the governing coalition of three parties."));
        rows.add(article("fire-2", "Six hours of firefighting could not save the Ellery harbour warehouse: its roof "
                + "collapsed early on Wednesday after the blaze spread from a loading bay, firefighters said on "
                + "Wednesday."));
        for (int i = 1; i <= 6; i++) rows.add(article("notice-" + i, NOTICE + "Item " + i + " of the crawl."));
        rows.add(article("vote-2", "Sixteen-year-olds will vote in the next Norland election after parliament "
                + "approved the lower voting age on Thursday; the governing coalition split over the two-day debate on "
                + "the voting age."));
        rows.add(article("match-1", "Rovers beat United four goals to one in the cup final at the national stadium, "
                + "with a hat-trick from their young striker in the second half of a one-sided game."));
        rows.add(article("share", "Share this"));
        for (int i = 1; i <= 3; i++) rows.add(article("garden-" + i, GARDEN + (i == 1 ? "" : " Updated " + i + ".")));
        rows.add(article("fire-copy", rows.get(0).getString(1)));

        List<Row> grouped = StoryGrouping.group(LocalSpark.spark().createDataFrame(rows, ARTICLES), rules)
                .orderBy("pos").collectAsList();

        Map<String, String> story = new java.util.HashMap<>();
        Map<String, String> noise = new java.util.HashMap<>();
        for (Row r : grouped) {
            story.put(r.getString(1), r.getString(2));
            noise.put(r.getString(1), r.getString(3));
        }
        assertThat(story.get("fire-1")).isEqualTo("fire-1");
        assertThat(story.get("fire-2")).isEqualTo("fire-1");
        assertThat(story.get("vote-2")).isEqualTo("vote-1");
        assertThat(story.get("match-1")).isEqualTo("match-1");
        assertThat(grouped.stream().filter(r -> r.getString(1).startsWith("notice-")).collect(Collectors.toList()))
                .hasSize(6)
                .allSatisfy(r -> {
                    assertThat(r.isNullAt(2)).isTrue();
                    assertThat(r.getString(3)).isNotNull();
                });
        // copies by the online grouper's MinHash rule: a copy is noise; an original is noise only when alone
        assertThat(noise.get("garden-1")).isEqualTo("its text is repeated by article garden-2");
        assertThat(noise.get("garden-2")).isEqualTo("repeats the text of article garden-1");
        assertThat(noise.get("garden-3")).isEqualTo("repeats the text of article garden-1");
        assertThat(noise.get("fire-copy")).isEqualTo("repeats the text of article fire-1");
        assertThat(story.get("share")).isNull();
        assertThat(noise.get("share")).isNotNull();
        assertThat(noise.get("fire-1")).isNull();
    }

    private static Row article(String id, String text) {
        return RowFactory.create(id, text);
    }
}
