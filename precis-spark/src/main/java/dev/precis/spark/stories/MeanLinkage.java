package dev.precis.spark.stories;

import dev.precis.stories.GroupingParams;
import dev.precis.stories.TfIdf;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

/**
 * The online grouper's mean-linkage rule inside each block (a connected component of the links):
 * articles are taken in arrival order; one joins the story, among those of its linked earlier
 * articles, with the highest {@link GroupingParams#score} (its closest article's cosine blended with
 * the mean cosine to the story's last {@link GroupingParams#MEAN_OVER} articles) when that is at
 * least {@code join}, and any other such story scoring at least {@code merge} is merged in; else it
 * starts a story. A story cannot grow by chaining: a new article must be close to the story, not to
 * one of its articles. A block is one task, so a block must fit in an executor's memory.
 */
final class MeanLinkage {
    private MeanLinkage() {
    }

    private static final StructType LABELS = new StructType()
            .add("pos", DataTypes.LongType, false)
            .add("label", DataTypes.LongType, false);

    /**
     * @param components {@code pos, label} of connected components
     * @param vectors    {@code pos, terms, weights}
     * @param edges      {@code a, b, cosine}, a before b
     * @return {@code pos, label}: label the first position of the article's story
     */
    static Dataset<Row> of(Dataset<Row> components, Dataset<Row> vectors, Dataset<Row> edges, GroupingParams params) {
        Dataset<Row> sizes = components.groupBy("label").agg(count(lit(1)).alias("size"));
        Dataset<Row> blocked = components.join(sizes, "label");
        Dataset<Row> singles = blocked.filter(col("size").equalTo(1)).select("pos", "label");
        Dataset<Row> members = blocked.filter(col("size").gt(1)).select("pos", "label").join(vectors, "pos")
                .groupBy("label").agg(collect_list(struct(col("pos"), col("terms"), col("weights"))).alias("members"));
        Dataset<Row> links = edges.join(components.select(col("pos").alias("a"), col("label")), "a")
                .groupBy("label").agg(collect_list(struct(col("a"), col("b"), col("cosine"))).alias("links"));
        Dataset<Row> grouped = members.join(links, "label")
                .flatMap((FlatMapFunction<Row, Row>) r -> group(r.getList(r.fieldIndex("members")),
                        r.getList(r.fieldIndex("links")), params).iterator(), Encoders.row(LABELS));
        return singles.unionByName(grouped);
    }

    /** One block: rows of {@code pos, label}. */
    static List<Row> group(List<Row> memberRows, List<Row> linkRows, GroupingParams params) {
        List<Row> sorted = new ArrayList<>(memberRows);
        sorted.sort(Comparator.comparingLong(r -> r.getLong(0)));
        int n = sorted.size();
        long[] pos = new long[n];
        String[][] terms = new String[n][];
        double[][] weights = new double[n][];
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Row r = sorted.get(i);
            pos[i] = r.getLong(0);
            terms[i] = StoryLinks.strings(r.getList(1));
            weights[i] = StoryLinks.doubles(r.getList(2));
            index.put(pos[i], i);
        }
        // per article, its linked earlier articles and their cosines
        List<List<double[]>> earlier = new ArrayList<>();
        for (int i = 0; i < n; i++) earlier.add(new ArrayList<>());
        for (Row l : linkRows) {
            int a = index.get(l.getLong(0));
            int b = index.get(l.getLong(1));
            earlier.get(b).add(new double[] {a, l.getDouble(2)});
        }
        int[] story = new int[n];
        List<List<Integer>> stories = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            Map<Integer, Double> closest = new TreeMap<>();
            for (double[] e : earlier.get(j)) closest.merge(story[(int) e[0]], e[1], Math::max);
            Map<Integer, Double> scores = new TreeMap<>();
            for (Map.Entry<Integer, Double> c : closest.entrySet()) {
                List<Integer> m = stories.get(c.getKey());
                int from = Math.max(0, m.size() - GroupingParams.MEAN_OVER);
                double sum = 0;
                for (int k = from; k < m.size(); k++) {
                    int i = m.get(k);
                    sum += TfIdf.cosine(terms[j], weights[j], terms[i], weights[i]);
                }
                scores.put(c.getKey(), params.score(c.getValue(), sum / (m.size() - from)));
            }
            Integer chosen = params.best(scores);
            int best;
            if (chosen == null) {
                best = stories.size();
                stories.add(new ArrayList<>());
            } else {
                best = chosen;
                for (Map.Entry<Integer, Double> s : scores.entrySet()) {
                    if (s.getKey() != best && s.getValue() >= params.merge()) {
                        List<Integer> from = stories.get(s.getKey());
                        for (int i : from) story[i] = best;
                        stories.get(best).addAll(from);
                        from.clear();
                    }
                }
            }
            story[j] = best;
            stories.get(best).add(j);
        }
        long[] first = new long[stories.size()];
        java.util.Arrays.fill(first, Long.MAX_VALUE);
        for (int i = 0; i < n; i++) first[story[i]] = Math.min(first[story[i]], pos[i]);
        List<Row> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(RowFactory.create(pos[i], first[story[i]]));
        return out;
    }
}
