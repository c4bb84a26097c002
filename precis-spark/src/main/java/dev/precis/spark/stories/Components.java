package dev.precis.spark.stories;

import dev.precis.groups.UnionFind;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.Iterator;

/**
 * Connected components of the link graph, each named after its smallest position (its first
 * article). The links stream through the driver into a union-find over positions (the core's
 * {@link UnionFind}, whose roots are smallest members): after linking,
 * links number a few per article, so ten million articles take two int arrays of 40 MB, one pass,
 * and no round of shuffles per step of the longest chain as label propagation would.
 */
final class Components {
    private Components() {
    }

    private static final StructType LABELS = new StructType()
            .add("pos", DataTypes.LongType, false)
            .add("label", DataTypes.LongType, false);

    /**
     * @param vertices rows with {@code pos}, positions 1 to {@code maxPos}
     * @param edges    rows with {@code a}, {@code b} (positions)
     * @return {@code pos, label}
     */
    static Dataset<Row> of(Dataset<Row> vertices, Dataset<Row> edges, long maxPos) {
        if (maxPos >= Integer.MAX_VALUE) throw new IllegalArgumentException("too many articles for one batch: " + maxPos);
        UnionFind stories = new UnionFind((int) maxPos + 1);
        Iterator<Row> links = edges.select("a", "b").toLocalIterator();
        while (links.hasNext()) {
            Row r = links.next();
            stories.union((int) r.getLong(0), (int) r.getLong(1));
        }
        int[] roots = stories.roots();
        Broadcast<int[]> labels = JavaSparkContext.fromSparkContext(vertices.sparkSession().sparkContext()).broadcast(roots);
        return vertices.select("pos").map((MapFunction<Row, Row>) r ->
                RowFactory.create(r.getLong(0), (long) labels.value()[(int) r.getLong(0)]), Encoders.row(LABELS));
    }
}
