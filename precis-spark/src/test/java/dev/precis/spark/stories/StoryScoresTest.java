package dev.precis.spark.stories;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import dev.precis.spark.LocalSpark;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StoryScoresTest {
    private static final StructType GROUPED = new StructType()
            .add("id", DataTypes.StringType).add("story", DataTypes.StringType).add("gold", DataTypes.StringType);

    /** Gold {a,b,c} {d,e} {f}; predicted {a,b} {c,d} and e, f unassigned. Worked out by hand. */
    @Test
    void pairwiseAndBcubedByHand() {
        SparkSession spark = LocalSpark.spark();
        List<Row> rows = List.of(
                RowFactory.create("a", "p1", "x"), RowFactory.create("b", "p1", "x"), RowFactory.create("c", "p2", "x"),
                RowFactory.create("d", "p2", "y"), RowFactory.create("e", null, "y"), RowFactory.create("f", null, null));

        StoryScores s = StoryScores.of(spark.createDataFrame(rows, GROUPED));

        assertThat(s.articles()).isEqualTo(6);
        assertThat(s.pairPrecision()).isEqualTo(0.5);   // ab of ab, cd
        assertThat(s.pairRecall()).isEqualTo(0.25);     // ab of ab, ac, bc, de
        assertThat(s.bcubedPrecision()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(s.bcubedRecall()).isCloseTo(11.0 / 18, within(1e-12));
        assertThat(s.pairF1()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void twoNoiseArticlesAreNeverAPair() {
        List<Row> rows = List.of(RowFactory.create("a", null, null), RowFactory.create("b", null, null));
        StoryScores s = StoryScores.of(LocalSpark.spark().createDataFrame(rows, GROUPED));
        assertThat(s.pairPrecision()).isZero();
        assertThat(s.bcubedPrecision()).isEqualTo(1.0);
        assertThat(s.bcubedRecall()).isEqualTo(1.0);
    }
}
