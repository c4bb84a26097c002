package dev.precis.spark.stories;

import dev.precis.stories.TfIdf;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
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
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

/**
 * Pairs of articles close enough to be one story. Weights: the online grouper's TF-IDF
 * ({@link TfIdf#weight}), with the document frequencies of the whole set (the batch sees every
 * article at once). Blocking: two articles are compared only when they share one of their most
 * distinctive terms that is still rare in the whole set (a term in every other article blocks
 * nothing and costs quadratically). Linking: {@link TfIdf#cosine} at or above the online join
 * threshold.
 */
final class StoryLinks {
    private StoryLinks() {
    }

    static final StructType EDGES = new StructType()
            .add("a", DataTypes.LongType, false)
            .add("b", DataTypes.LongType, false)
            .add("cosine", DataTypes.DoubleType, false);

    /** @param vectors {@code pos, terms, weights} (terms ascending) of every article grouped */
    record Links(Dataset<Row> vectors, Dataset<Row> edges) {
    }

    /** @param profiles {@link ArticleProfiles} rows of the articles to group (no noise) */
    static Links find(Dataset<Row> profiles, StoryRules rules) {
        Dataset<Row> counted = profiles
                .select(col("pos"), explode(arrays_zip(col("terms"), col("counts"))).alias("tc"))
                .select(col("pos"), col("tc.terms").alias("term"), col("tc.counts").alias("tf"));
        long n = profiles.count();
        Dataset<Row> df = counted.groupBy("term").agg(count(lit(1)).alias("df"));
        UDF2<Integer, Long, Double> tfidf = (tf, d) -> TfIdf.weight(tf, d, n);
        Dataset<Row> weighted = counted.join(df, "term")
                .withColumn("w", udf(tfidf, DataTypes.DoubleType).apply(col("tf"), col("df")))
                .cache();
        Dataset<Row> vectors = weighted.groupBy("pos")
                .agg(sort_array(collect_list(struct(col("term"), col("w")))).alias("vec"))
                .select(col("pos"), col("vec.term").alias("terms"), col("vec.w").alias("weights"))
                .localCheckpoint();
        Dataset<Row> edges = candidatePairs(weighted, rules, n)
                .join(vectors.select(col("pos").alias("a"), col("terms").alias("ta"), col("weights").alias("wa")), "a")
                .join(vectors.select(col("pos").alias("b"), col("terms").alias("tb"), col("weights").alias("wb")), "b")
                .map((MapFunction<Row, Row>) StoryLinks::cosine, Encoders.row(EDGES))
                .filter(col("cosine").geq(rules.params().join()));
        return new Links(vectors, edges);
    }

    private static Dataset<Row> candidatePairs(Dataset<Row> weighted, StoryRules rules, long n) {
        long maxDf = Math.max(2, (long) Math.ceil(rules.blockDfShare() * n));
        Column rank = row_number().over(Window.partitionBy("pos").orderBy(col("w").desc(), col("term")));
        Dataset<Row> blocks = weighted.filter(col("df").geq(2).and(col("df").leq(maxDf)))
                .withColumn("rank", rank).filter(col("rank").leq(rules.blockTerms()))
                .select("pos", "term");
        return blocks.alias("x").join(blocks.alias("y"), "term")
                .filter(col("x.pos").lt(col("y.pos")))
                .select(col("x.pos").alias("a"), col("y.pos").alias("b"))
                .distinct();
    }

    private static Row cosine(Row r) {
        double c = TfIdf.cosine(strings(r.getList(r.fieldIndex("ta"))), doubles(r.getList(r.fieldIndex("wa"))),
                strings(r.getList(r.fieldIndex("tb"))), doubles(r.getList(r.fieldIndex("wb"))));
        return RowFactory.create(r.<Long>getAs("a"), r.<Long>getAs("b"), c);
    }

    static String[] strings(List<String> values) {
        return values.toArray(new String[0]);
    }

    static double[] doubles(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }
}
