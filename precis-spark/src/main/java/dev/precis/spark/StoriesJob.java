package dev.precis.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.spark.stories.StoryGrouping;
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
        description = {"Group a large set of articles into stories in one batch: noise set aside, candidate "
                + "pairs blocked on shared rare terms, linked by TF-IDF cosine, connected components.",
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

    @Option(names = "--threshold", defaultValue = "0.3", description = "Cosine that links two articles (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--block-terms", defaultValue = "8", description = "Distinctive terms an article is blocked on (default ${DEFAULT-VALUE}).")
    int blockTerms;

    @Option(names = "--block-df", defaultValue = "0.01",
            description = "Largest share of articles a blocking term may be in (default ${DEFAULT-VALUE}).")
    double blockDf;

    @Option(names = "--min-terms", defaultValue = "8", description = "Fewer distinct terms is noise (default ${DEFAULT-VALUE}).")
    int minTerms;

    @Option(names = "--copies", defaultValue = "5",
            description = "An opening shared by this many articles is boilerplate, noise (default ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--score", description = "The input's \"story\" field is the gold grouping: print pairwise and "
            + "B-cubed precision, recall and F1 (a null story is noise, a story of its own).")
    boolean score;

    @Override
    public Integer call() {
        StoryRules rules = new StoryRules(threshold, blockTerms, blockDf, minTerms, copies);
        ClusterLines.Format from = ClusterLines.Format.of(inputFormat, input);
        ClusterLines.Format to = ClusterLines.Format.of(outFormat, out);
        SparkSession spark = SparkJob.session("precis stories");
        long started = System.nanoTime();
        Dataset<Row> articles = from == ClusterLines.Format.JSONL
                ? spark.read().schema("id STRING, title STRING, text STRING, story STRING").json(input)
                : spark.read().parquet(input);
        Dataset<Row> grouped = StoryGrouping.group(articles, rules).orderBy("pos").cache();
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
            StoryScores s = StoryScores.of(grouped.join(gold, grouped.col("id").equalTo(gold.col("gid")), "left")
                    .select("id", "story", "gold"));
            report.put("pairPrecision", round(s.pairPrecision()));
            report.put("pairRecall", round(s.pairRecall()));
            report.put("pairF1", round(s.pairF1()));
            report.put("bcubedPrecision", round(s.bcubedPrecision()));
            report.put("bcubedRecall", round(s.bcubedRecall()));
            report.put("bcubedF1", round(s.bcubedF1()));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(report.toString());
        stdout.flush();
        return 0;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
