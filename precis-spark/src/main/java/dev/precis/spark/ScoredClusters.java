package dev.precis.spark;

import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.eval.EvalResult;
import dev.precis.eval.Evaluator;
import dev.precis.eval.Rouge;
import dev.precis.eval.RougeScores;
import dev.precis.eval.RougeScores.Score;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.model.Cluster;
import dev.precis.segment.OpenNlpSegmenter;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * ROUGE per cluster on the executors with the core's {@link Evaluator}, then the mean on the driver
 * with {@link RougeScores#mean} over the clusters in input order: the very sum {@code ./precis eval}
 * makes, so the figures are the same to the last bit. Clusters without a reference, and lines that
 * are not clusters, are left out as the CLI leaves them out.
 */
final class ScoredClusters {
    private ScoredClusters() {
    }

    /** The run's figures: per-cluster scores in input order and how many clusters failed. */
    record Result(String algorithm, List<RougeScores> scores, int failed) {
        int clusters() {
            return scores.size();
        }

        RougeScores mean() {
            return RougeScores.mean(scores);
        }
    }

    private static final StructType SCHEMA = new StructType()
            .add("line", DataTypes.LongType, false)
            .add("algorithm", DataTypes.StringType, false)
            .add("failed", DataTypes.BooleanType, false)
            .add("scores", DataTypes.createArrayType(DataTypes.DoubleType, false), false);

    static Result evaluate(Dataset<Row> clusterLines, SummarySettings settings) {
        Dataset<Row> scored = clusterLines.mapPartitions(new PartitionScorer(settings), Encoders.row(SCHEMA));
        List<RougeScores> scores = new ArrayList<>();
        int failed = 0;
        String algorithm = settings.algorithm();
        for (Row r : scored.orderBy("line").collectAsList()) {
            algorithm = r.getString(1);
            if (r.getBoolean(2)) failed++;
            scores.add(scores(r.getList(3)));
        }
        return new Result(algorithm, scores, failed);
    }

    private static final class PartitionScorer implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final SummarySettings settings;

        PartitionScorer(SummarySettings settings) {
            this.settings = settings;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> lines) {
            Evaluator evaluator = new Evaluator(Precis.pipeline(), Rouge.standard(), OpenNlpSegmenter::sentences);
            SummaryOptions options = settings.options();
            List<Row> out = new ArrayList<>();
            while (lines.hasNext()) {
                Row line = lines.next();
                ClusterInput in = Sources.parseJsonlLine((byte[]) line.get(1), line.getLong(0));
                if (!in.ok() || !in.cluster().hasReference()) continue;
                RougeScores[] got = new RougeScores[1];
                EvalResult r = evaluator.run(List.of(in.cluster()), options, new Evaluator.Listener() {
                    @Override
                    public void scored(Cluster cluster, RougeScores scores) {
                        got[0] = scores;
                    }
                });
                out.add(RowFactory.create(line.getLong(0), r.algorithm(), r.failed() > 0, values(got[0])));
            }
            return out.iterator();
        }
    }

    private static double[] values(RougeScores s) {
        Score[] all = {s.rouge1(), s.rouge2(), s.rougeL(), s.rougeSU4()};
        double[] v = new double[12];
        for (int i = 0; i < 4; i++) {
            v[3 * i] = all[i].recall();
            v[3 * i + 1] = all[i].precision();
            v[3 * i + 2] = all[i].f1();
        }
        return v;
    }

    private static RougeScores scores(List<Double> v) {
        Score[] all = new Score[4];
        for (int i = 0; i < 4; i++) all[i] = new Score(v.get(3 * i), v.get(3 * i + 1), v.get(3 * i + 2));
        return new RougeScores(all[0], all[1], all[2], all[3]);
    }
}
