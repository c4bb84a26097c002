package dev.precis.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.spark.stories.StoryGrouping;
import dev.precis.stories.GroupingParams;
import dev.precis.spark.stories.StoryRules;
import dev.precis.spark.stories.StoryScores;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.col;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Group a large set of articles into stories in one batch, by the online grouper's rules "
                + "(profile, noise, TF-IDF cosine, join threshold): noise set aside, candidate pairs blocked on "
                + "shared rare terms, linked at the join threshold, grouped by mean linkage or connected components.",
                "Input: JSONL or Parquet {\"id\", \"text\", \"title\"?}, in arrival order. Output: {\"id\", \"story\", "
                        + "\"noise\"}; story is the id of the story's first article, null for noise (noise says why)."})
final class StoriesJob implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLES", description = "Input path (any Hadoop file system).")
    String input;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output folder (replaced if it exists).")
    String out;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "jsonl|parquet|auto")
    String inputFormat;

    @Option(names = "--out-format", defaultValue = "auto", paramLabel = "jsonl|parquet|auto")
    String outFormat;

    @Option(names = "--block-terms", defaultValue = "8", description = "Distinctive terms an article is blocked on (default ${DEFAULT-VALUE}).")
    int blockTerms;

    @Option(names = "--block-df", defaultValue = "0.01",
            description = "Largest share of articles a blocking term may be in (default ${DEFAULT-VALUE}).")
    double blockDf;

    @Option(names = "--grouping", defaultValue = "mean", paramLabel = "mean|components",
            description = "mean: within each linked block, the online grouper's mean-linkage rule in arrival order; "
                    + "components: every connected component of the links is a story (default ${DEFAULT-VALUE}).")
    String grouping;

    @Option(names = "--score", description = "The input's \"story\" field is the gold grouping: print pairwise and "
            + "B-cubed precision, recall and F1 (a null story is noise, a story of its own), for the whole input and "
            + "for its two halves in input order (tune, held), as `precis stories eval` does.")
    boolean score;

    @Override
    public Integer call() {
        StoryRules rules = new StoryRules(GroupingParams.defaults(), blockTerms, blockDf, StoryRules.Grouping.of(grouping));
        ClusterLines.Format from = ClusterLines.Format.of(inputFormat, input);
        ClusterLines.Format to = ClusterLines.Format.of(outFormat, out);
        SparkSession spark = SparkJob.session("precis stories");
        long started = System.nanoTime();
        Dataset<Row> articles = from == ClusterLines.Format.JSONL
                ? spark.read().schema("id STRING, title STRING, text STRING, story STRING").json(input)
                : spark.read().parquet(input);
        Dataset<Row> grouped = StoryGrouping.group(articles, rules).orderBy("pos").localCheckpoint();
        Dataset<Row> written = grouped.select("id", "story", "noise");
        if (to == ClusterLines.Format.JSONL) written.write().mode(SaveMode.Overwrite).json(out);
        else written.write().mode(SaveMode.Overwrite).parquet(out);
        double seconds = (System.nanoTime() - started) / 1e9;
        long n = grouped.count();
        ObjectNode report = JSON.createObjectNode();
        report.put("articles", n);
        report.put("noise", grouped.filter(col("story").isNull()).count());
        report.put("stories", grouped.filter(col("story").isNotNull()).select("story").distinct().count());
        report.put("seconds", Math.round(seconds * 10) / 10.0);
        report.put("articlesPerSecond", Math.round(n / seconds * 10) / 10.0);
        report.put("master", spark.sparkContext().master());
        if (score) {
            Dataset<Row> gold = articles.select(col("id").alias("gid"), col("story").alias("gold"));
            Dataset<Row> scored = grouped.join(gold, grouped.col("id").equalTo(gold.col("gid")), "left")
                    .select("pos", "id", "story", "gold").cache();
            put(report, StoryScores.of(scored.select("id", "story", "gold")));
            // the split of `precis stories eval`: the first n/2 articles are the tune part, the rest held out
            long half = n / 2;
            put(report.putObject("tune"), StoryScores.of(scored.filter(col("pos").leq(half)).select("id", "story", "gold")));
            put(report.putObject("held"), StoryScores.of(scored.filter(col("pos").gt(half)).select("id", "story", "gold")));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(report.toString());
        stdout.flush();
        return 0;
    }

    private static void put(ObjectNode report, StoryScores s) {
        report.put("pairPrecision", round(s.pairPrecision()));
        report.put("pairRecall", round(s.pairRecall()));
        report.put("pairF1", round(s.pairF1()));
        report.put("bcubedPrecision", round(s.bcubedPrecision()));
        report.put("bcubedRecall", round(s.bcubedRecall()));
        report.put("bcubedF1", round(s.bcubedF1()));
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
