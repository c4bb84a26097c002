package dev.precis.spark.stories;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

/**
 * Batch story grouping: profile every article, set noise aside, block and link the rest
 * ({@link StoryLinks}), and make each connected component a story named after its first article.
 */
public final class StoryGrouping {
    private StoryGrouping() {
    }

    private static final StructType NUMBERED = new StructType()
            .add("pos", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true);

    /**
     * @param articles rows with {@code id}, {@code text} and optionally {@code title}, in arrival order
     * @return {@code pos, id, story, noise}: story null for noise, with the reason in noise
     */
    public static Dataset<Row> group(Dataset<Row> articles, StoryRules rules) {
        Dataset<Row> profiles = numbered(articles)
                .mapPartitions(new ArticleProfiles(rules.minTerms(), StoryRules.COPY_KEY_TERMS), Encoders.row(ArticleProfiles.SCHEMA))
                .cache();
        Dataset<Row> families = profiles.groupBy("copyKey").agg(count(lit(1)).alias("copies"))
                .filter(col("copies").geq(rules.copies()));
        Dataset<Row> marked = profiles.join(families, profiles.col("copyKey").equalTo(families.col("copyKey")), "left")
                .select(profiles.col("*"), coalesce(col("noise"), when(col("copies").isNotNull(),
                        concat(lit("boilerplate: the same opening as "), col("copies").minus(1).cast("string"),
                                lit(" other articles"))))
                        .alias("reason"))
                .drop("noise").withColumnRenamed("reason", "noise")
                .cache();
        Dataset<Row> kept = marked.filter(col("noise").isNull());
        Row lastRow = marked.agg(max(col("pos"))).first();
        long last = lastRow.isNullAt(0) ? 0 : lastRow.getLong(0);
        Dataset<Row> labels = Components.of(kept.select("pos"), StoryLinks.find(kept, rules), last);
        Dataset<Row> named = labels.join(kept.select(col("pos").alias("label"), col("id").alias("story")), "label");
        return marked.select("pos", "id", "noise").join(named.select("pos", "story"), "pos", "left")
                .select("pos", "id", "story", "noise");
    }

    private static Dataset<Row> numbered(Dataset<Row> articles) {
        boolean titled = java.util.Arrays.asList(articles.columns()).contains("title");
        Dataset<Row> fields = articles.select(col("id"), titled ? col("title") : lit(null).cast("string"), col("text"));
        JavaRDD<Row> rows = fields.javaRDD().zipWithIndex().map(t -> {
            Row r = t._1();
            long pos = t._2() + 1;
            String id = r.isNullAt(0) || r.getString(0).isBlank() ? "line-" + pos : r.getString(0);
            return RowFactory.create(pos, id, r.isNullAt(1) ? null : r.getString(1), r.isNullAt(2) ? null : r.getString(2));
        });
        return articles.sparkSession().createDataFrame(rows, NUMBERED);
    }
}
