package dev.precis.spark.stories;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

/**
 * Connected components of the link graph by min-label propagation: each article takes the
 * smallest position among itself and its neighbours until nothing changes, so a story is named
 * after its first article. Rounds are bounded by the longest chain of links, a handful in practice.
 */
final class Components {
    private Components() {
    }

    /**
     * @param vertices rows with {@code pos}
     * @param edges    rows with {@code a}, {@code b} (positions)
     * @return {@code pos, label}
     */
    static Dataset<Row> of(Dataset<Row> vertices, Dataset<Row> edges, int maxRounds) {
        Dataset<Row> both = edges.select(col("a").alias("src"), col("b").alias("dst"))
                .union(edges.select(col("b").alias("src"), col("a").alias("dst")))
                .localCheckpoint();
        Dataset<Row> labels = vertices.select(col("pos"), col("pos").alias("label")).localCheckpoint();
        for (int round = 0; round < maxRounds; round++) {
            Dataset<Row> offered = both.join(labels, both.col("src").equalTo(labels.col("pos")))
                    .groupBy(col("dst")).agg(min("label").alias("offer"));
            Dataset<Row> next = labels.join(offered, labels.col("pos").equalTo(offered.col("dst")), "left")
                    .select(col("pos"), least(col("label"), col("offer")).alias("label"))
                    .localCheckpoint();
            long changed = next.alias("n").join(labels.alias("o"), "pos")
                    .filter(col("n.label").notEqual(col("o.label"))).count();
            labels = next;
            if (changed == 0) break;
        }
        return labels;
    }
}
