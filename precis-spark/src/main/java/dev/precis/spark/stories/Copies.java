package dev.precis.spark.stories;

import dev.precis.stories.Profile;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;

/**
 * Copies among the articles with story text: an article is a copy when an earlier one resembles it
 * by at least the online grouper's {@code copy} threshold ({@link Profile#resemblance} of their
 * MinHash sketches). Blocking, as the online sketch index does: only pairs that share a few sketch
 * hashes are compared; and since a family of copies (a crawler notice kept thousands of times)
 * would make the pairs quadratic, each hash pairs an article only with the first
 * {@link #ANCHORS} articles that hold it, which are the originals a copy is matched to.
 */
final class Copies {
    private Copies() {
    }

    /** Sketch hashes two articles must share to be compared (the online grouper checks the same). */
    static final int SHARED_HASHES = 3;
    /** Earliest holders of a hash that later holders are compared with. */
    static final int ANCHORS = 16;

    /**
     * @param profiles {@link ArticleProfiles} rows with story text
     * @return {@code pos, original}: each copy and the earliest earlier article it repeats
     */
    static Dataset<Row> find(Dataset<Row> profiles, double copy) {
        Dataset<Row> hashes = profiles.select(col("pos"), explode(col("sketch")).alias("h"));
        Column rank = row_number().over(Window.partitionBy("h").orderBy(col("pos")));
        Dataset<Row> anchors = hashes.withColumn("rank", rank).filter(col("rank").leq(ANCHORS))
                .select(col("h"), col("pos").alias("a"));
        Dataset<Row> pairs = anchors.join(hashes.select(col("h"), col("pos").alias("b")), "h")
                .filter(col("a").lt(col("b")))
                .groupBy("a", "b").agg(count(lit(1)).alias("shared"))
                .filter(col("shared").geq(SHARED_HASHES));
        Dataset<Row> sketches = profiles.select("pos", "sketch");
        return pairs
                .join(sketches.select(col("pos").alias("a"), col("sketch").alias("sa")), "a")
                .join(sketches.select(col("pos").alias("b"), col("sketch").alias("sb")), "b")
                .filter((FilterFunction<Row>) r -> Profile.resemblance(longs(r.getList(r.fieldIndex("sa"))),
                        longs(r.getList(r.fieldIndex("sb")))) >= copy)
                .groupBy(col("b").alias("pos")).agg(min(col("a")).alias("original"));
    }

    private static long[] longs(List<Long> values) {
        long[] out = new long[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }
}
