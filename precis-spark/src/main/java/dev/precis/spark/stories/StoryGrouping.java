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
import static org.apache.spark.sql.functions.min;

/**
 * Batch story grouping by the online grouper's rules ({@code dev.precis.stories}): profile every
 * article with {@code Profile.of}, set noise aside (too little story text, copies by MinHash
 * resemblance), link pairs blocked on shared rare terms by TF-IDF cosine at the join threshold
 * ({@link StoryLinks}), and make stories of the links ({@link StoryRules.Grouping}), each named after
 * its first article. An article that others copy is noise too when it forms no story with anything
 * else, as online.
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
                .mapPartitions(new ArticleProfiles(), Encoders.row(ArticleProfiles.SCHEMA))
                .localCheckpoint();
        Dataset<Row> ids = profiles.select("pos", "id");
        Dataset<Row> texts = profiles.filter(col("noise").isNull());
        Dataset<Row> copies = Copies.find(texts, rules.params().copy()).localCheckpoint();
        Dataset<Row> kept = texts.join(copies.select("pos"), texts.col("pos").equalTo(copies.col("pos")), "left_anti")
                .localCheckpoint();
        Row lastRow = profiles.agg(max(col("pos"))).first();
        long last = lastRow.isNullAt(0) ? 0 : lastRow.getLong(0);
        StoryLinks.Links links = StoryLinks.find(kept, rules);
        Dataset<Row> edges = links.edges().localCheckpoint();
        Dataset<Row> labels = Components.of(kept.select("pos"), edges, last);
        if (rules.grouping() == StoryRules.Grouping.MEAN) {
            labels = MeanLinkage.of(labels, links.vectors(), edges, rules.params());
        }
        // checkpoints cut the plan short: each step's plan would otherwise hold every step before it,
        // and the planner's time and memory grow with it (3 GB and minutes for a few counts)
        labels = labels.localCheckpoint();

        Dataset<Row> alone = labels.groupBy("label").agg(count(lit(1)).alias("size"))
                .filter(col("size").equalTo(1)).select(col("label").alias("pos"));
        Dataset<Row> repeated = copies.groupBy(col("original").alias("pos")).agg(min(col("pos")).alias("copy"))
                .join(alone, "pos")
                .join(ids.select(col("pos").alias("copy"), col("id").alias("copyId")), "copy")
                .select(col("pos"), concat(lit("its text is repeated by article "), col("copyId")).alias("repeated"));
        Dataset<Row> copied = copies.join(ids.select(col("pos").alias("original"), col("id").alias("originalId")), "original")
                .select(col("pos"), concat(lit("repeats the text of article "), col("originalId")).alias("copied"));
        Dataset<Row> named = labels.join(repeated.select("pos"), "pos", "left_anti")
                .join(ids.select(col("pos").alias("label"), col("id").alias("story")), "label")
                .select("pos", "story");
        return profiles.select("pos", "id", "noise")
                .join(copied, "pos", "left")
                .join(repeated, "pos", "left")
                .join(named, "pos", "left")
                .select(col("pos"), col("id"), col("story"),
                        coalesce(col("noise"), col("copied"), col("repeated")).alias("noise"))
                .localCheckpoint();
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
