package dev.precis.spark.stories;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

/**
 * Pairwise and B-cubed precision, recall and F1 of a grouping against gold stories, as
 * ../shared/data/stories/README.md defines them: an unassigned article (noise, in the output or in
 * the gold) is a story of its own.
 */
public record StoryScores(long articles, double pairPrecision, double pairRecall, double bcubedPrecision,
                          double bcubedRecall) {

    public double pairF1() {
        return f1(pairPrecision, pairRecall);
    }

    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    /** @param grouped rows of {@code id, story, gold}; story and gold null for an article on its own */
    public static StoryScores of(Dataset<Row> grouped) {
        Dataset<Row> keyed = grouped.select(
                coalesce(col("story"), concat(lit("\u0000"), col("id"))).alias("p"),
                coalesce(col("gold"), concat(lit("\u0000"), col("id"))).alias("g")).cache();
        Dataset<Row> cells = keyed.groupBy("p", "g").agg(count(lit(1)).alias("n"));
        Dataset<Row> pSize = keyed.groupBy("p").agg(count(lit(1)).alias("np"));
        Dataset<Row> gSize = keyed.groupBy("g").agg(count(lit(1)).alias("ng"));
        Row r = cells.join(pSize, "p").join(gSize, "g").agg(
                sum(col("n")).alias("articles"),
                sum(col("n").multiply(col("n").minus(1)).divide(2)).alias("tp"),
                sum(col("n").multiply(col("n")).divide(col("np"))).alias("bp"),
                sum(col("n").multiply(col("n")).divide(col("ng"))).alias("br")).first();
        double predicted = pairs(pSize.select(col("np")));
        double gold = pairs(gSize.select(col("ng")));
        keyed.unpersist();
        long n = r.getLong(0);
        double tp = r.getDouble(1);
        return new StoryScores(n, predicted == 0 ? 0 : tp / predicted, gold == 0 ? 0 : tp / gold,
                r.getDouble(2) / n, r.getDouble(3) / n);
    }

    private static double pairs(Dataset<Row> sizes) {
        Row r = sizes.agg(sum(col(sizes.columns()[0]).multiply(col(sizes.columns()[0]).minus(1)).divide(2))).first();
        return r.isNullAt(0) ? 0 : r.getDouble(0);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
