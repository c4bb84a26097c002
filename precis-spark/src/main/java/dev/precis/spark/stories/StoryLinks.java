package dev.precis.spark.stories;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;

import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

/**
 * Pairs of articles that tell the same story. Blocking: two articles are compared only when they
 * share one of their most distinctive terms that is still rare in the whole set (a term in every
 * other article blocks nothing and costs quadratically). Linking: TF-IDF cosine over the set's
 * document frequencies at or above the threshold.
 */
final class StoryLinks {
    private StoryLinks() {
    }

    static final StructType EDGES = new StructType()
            .add("a", DataTypes.LongType, false)
            .add("b", DataTypes.LongType, false)
            .add("cosine", DataTypes.DoubleType, false);

    /** @param profiles non-noise {@link ArticleProfiles} rows */
    static Dataset<Row> find(Dataset<Row> profiles, StoryRules rules) {
        Dataset<Row> counted = profiles
                .select(col("pos"), explode(arrays_zip(col("terms"), col("counts"))).alias("tc"))
                .select(col("pos"), col("tc.terms").alias("term"), col("tc.counts").alias("tf"));
        long n = profiles.count();
        Dataset<Row> df = counted.groupBy("term").agg(count(lit(1)).alias("df"));
        Dataset<Row> weighted = counted.join(df, "term")
                .withColumn("w", log(col("tf")).plus(1).multiply(log(lit((double) n).divide(col("df")))))
                .filter(col("w").gt(0));
        Dataset<Row> norms = weighted.groupBy("pos").agg(sqrt(sum(col("w").multiply(col("w")))).alias("norm"));
        Dataset<Row> unit = weighted.join(norms, "pos").withColumn("w", col("w").divide(col("norm"))).cache();

        Dataset<Row> vectors = unit.groupBy("pos")
                .agg(sort_array(collect_list(struct(col("term"), col("w")))).alias("vec"));
        Dataset<Row> pairs = candidatePairs(unit, rules, n);
        return pairs
                .join(vectors.select(col("pos").alias("a"), col("vec").alias("va")), "a")
                .join(vectors.select(col("pos").alias("b"), col("vec").alias("vb")), "b")
                .map((MapFunction<Row, Row>) StoryLinks::cosine, Encoders.row(EDGES))
                .filter(col("cosine").geq(rules.threshold()));
    }

    private static Dataset<Row> candidatePairs(Dataset<Row> unit, StoryRules rules, long n) {
        long maxDf = Math.max(2, (long) Math.ceil(rules.blockDfShare() * n));
        Column rank = row_number().over(Window.partitionBy("pos").orderBy(col("w").desc(), col("term")));
        Dataset<Row> blocks = unit.filter(col("df").geq(2).and(col("df").leq(maxDf)))
                .withColumn("rank", rank).filter(col("rank").leq(rules.blockTerms()))
                .select("pos", "term");
        return blocks.alias("x").join(blocks.alias("y"), "term")
                .filter(col("x.pos").lt(col("y.pos")))
                .select(col("x.pos").alias("a"), col("y.pos").alias("b"))
                .distinct();
    }

    /** The dot product of two unit vectors sorted by term. */
    private static Row cosine(Row r) {
        List<Row> va = r.getList(r.fieldIndex("va"));
        List<Row> vb = r.getList(r.fieldIndex("vb"));
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < va.size() && j < vb.size()) {
            int c = va.get(i).getString(0).compareTo(vb.get(j).getString(0));
            if (c == 0) dot += va.get(i++).getDouble(1) * vb.get(j++).getDouble(1);
            else if (c < 0) i++;
            else j++;
        }
        return RowFactory.create(r.<Long>getAs("a"), r.<Long>getAs("b"), dot);
    }
}
