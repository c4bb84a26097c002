package dev.precis.spark.stories;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import dev.precis.spark.LocalSpark;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentsTest {
    @Test
    void chainsAndStarsCollapseToTheirSmallestPosition() {
        SparkSession spark = LocalSpark.spark();
        Dataset<Row> vertices = spark.createDataset(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), Encoders.LONG()).toDF("pos");
        Dataset<Row> edges = spark.createDataFrame(List.of(
                RowFactory.create(7L, 8L, 1.0), RowFactory.create(3L, 8L, 1.0), RowFactory.create(2L, 3L, 1.0),
                RowFactory.create(1L, 2L, 1.0), RowFactory.create(4L, 5L, 1.0)), StoryLinks.EDGES);

        List<Row> labels = Components.of(vertices, edges, 8).orderBy("pos").collectAsList();

        assertThat(labels).extracting(r -> r.getLong(1)).containsExactly(1L, 1L, 1L, 4L, 4L, 6L, 1L, 1L);
    }
}
