package dev.precis.train;

import dev.precis.score.learned.Features;
import dev.precis.score.learned.LearnedScorer;
import dev.precis.score.learned.TreeEnsemble;
import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import dev.precis.model.BadInputException;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Trains the sentence ranker with LightGBM (through LightGBM4J): one query per cluster, one row per
 * candidate sentence, labels from the project's own ROUGE ({@link TrainingCluster}). Training is
 * deterministic: one thread, {@code deterministic=true}, every seed fixed from {@link Params#seed}.
 */
public final class Trainer {

    /** What the learner is asked to predict. */
    public enum Objective {
        /**
         * LambdaRank over graded labels: 4 for a sentence the oracle took, else 0-3 by the
         * sentence's own gain (ROUGE-2 recall + half its ROUGE-1 recall) relative to the best in its
         * cluster.
         */
        LAMBDARANK,
        /** L2 regression on the sentence's own gain relative to the best in its cluster. */
        REGRESSION,
        /** Binary cross-entropy on oracle membership. */
        BINARY
    }

    /**
     * Training settings.
     *
     * @param objective    what to learn
     * @param trees        boosting rounds
     * @param learningRate shrinkage
     * @param leaves       leaves per tree
     * @param minLeaf      minimum rows in a leaf
     * @param seed         the seed of every random choice
     * @param dropped      feature groups left out (their columns are zeroed, so no tree uses them)
     * @param sampling     fraction of rows (bagging, redrawn every round) and of features (per tree)
     *                     each tree sees; 1 for none
     * @param nearDuplicate binary labels: a candidate the oracle skipped counts as positive too when
     *                     its cosine with a sentence the oracle took is at least this (above 1: never).
     *                     The greedy oracle takes one of two near-identical sentences, and which one
     *                     is close to arbitrary; MMR then refuses the other anyway
     */
    public record Params(Objective objective, int trees, double learningRate, int leaves, int minLeaf, long seed,
                         Set<Features.Group> dropped, double sampling, double nearDuplicate) {
        public Params {
            Objects.requireNonNull(objective, "objective");
            dropped = dropped.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dropped));
            if (trees < 1) throw new IllegalArgumentException("trees must be >= 1");
            if (!(learningRate > 0)) throw new IllegalArgumentException("learning rate must be > 0");
            if (leaves < 2) throw new IllegalArgumentException("leaves must be >= 2");
            if (minLeaf < 1) throw new IllegalArgumentException("minLeaf must be >= 1");
            if (!(sampling > 0 && sampling <= 1)) throw new IllegalArgumentException("sampling must be in (0, 1]");
        }

        public static Params defaults() {
            return new Params(Objective.BINARY, 150, 0.05, 31, 50, 42, Set.of(), 1.0, 0.75);
        }

        public Params withSeed(long s) { return new Params(objective, trees, learningRate, leaves, minLeaf, s, dropped, sampling, nearDuplicate); }
        public Params withObjective(Objective o) { return new Params(o, trees, learningRate, leaves, minLeaf, seed, dropped, sampling, nearDuplicate); }
        public Params withTrees(int t) { return new Params(objective, t, learningRate, leaves, minLeaf, seed, dropped, sampling, nearDuplicate); }
        public Params withLearningRate(double r) { return new Params(objective, trees, r, leaves, minLeaf, seed, dropped, sampling, nearDuplicate); }
        public Params withLeaves(int l) { return new Params(objective, trees, learningRate, l, minLeaf, seed, dropped, sampling, nearDuplicate); }
        public Params withMinLeaf(int m) { return new Params(objective, trees, learningRate, leaves, m, seed, dropped, sampling, nearDuplicate); }
        public Params withDropped(Set<Features.Group> d) { return new Params(objective, trees, learningRate, leaves, minLeaf, seed, d, sampling, nearDuplicate); }
        public Params withSampling(double f) { return new Params(objective, trees, learningRate, leaves, minLeaf, seed, dropped, f, nearDuplicate); }
        public Params withNearDuplicate(double t) { return new Params(objective, trees, learningRate, leaves, minLeaf, seed, dropped, sampling, t); }

        /** The LightGBM parameter string. */
        String lightgbm() {
            String obj = switch (objective) {
                case LAMBDARANK -> "objective=lambdarank metric=ndcg eval_at=10 lambdarank_truncation_level=30";
                case REGRESSION -> "objective=regression metric=l2";
                case BINARY -> "objective=binary metric=binary_logloss";
            };
            return String.format(Locale.ROOT, "%s learning_rate=%s num_leaves=%d min_data_in_leaf=%d "
                    + "feature_fraction=%s bagging_fraction=%s bagging_freq=%d lambda_l2=1.0 "
                    + "num_threads=1 deterministic=true force_row_wise=true seed=%d bagging_seed=%d "
                    + "feature_fraction_seed=%d data_random_seed=%d verbosity=-1",
                    obj, learningRate, leaves, minLeaf, sampling, sampling, sampling < 1 ? 1 : 0, seed, seed + 1, seed + 2, seed + 3);
        }
    }

    private Trainer() {
    }

    /** Binary label: the oracle took it, or it nearly repeats a sentence the oracle took. */
    static boolean positive(int oracle, double nearDuplicate) {
        return oracle > 0 || (nearDuplicate <= 1 && -oracle >= Math.round(100 * nearDuplicate));
    }

    /** The graded LambdaRank label of each candidate of a cluster. */
    static int[] gradedLabels(TrainingCluster c) {
        double[] gain = gains(c);
        int[] out = new int[gain.length];
        for (int i = 0; i < gain.length; i++) {
            out[i] = c.oracle()[i] > 0 ? 4 : (int) Math.min(3, Math.floor(4 * gain[i]));
        }
        return out;
    }

    /** Each candidate's own gain (ROUGE-2 recall + 0.5 ROUGE-1 recall) over the cluster's best, in [0, 1]. */
    static double[] gains(TrainingCluster c) {
        int m = c.rows();
        double[] g = new double[m];
        double max = 0;
        for (int i = 0; i < m; i++) {
            g[i] = c.rouge2()[i] + 0.5 * c.rouge1()[i];
            max = Math.max(max, g[i]);
        }
        if (max > 0) for (int i = 0; i < m; i++) g[i] /= max;
        return g;
    }

    /**
     * Trains a model and returns it as LightGBM's text model format.
     *
     * @param progress told the number of finished boosting rounds now and then; may be null
     */
    public static String train(List<TrainingCluster> clusters, Params params, IntConsumer progress) {
        return train(clusters, null, params, progress);
    }

    /**
     * As {@link #train(List, Params, IntConsumer)}, with a weight per cluster (null: all 1).
     */
    public static String train(List<TrainingCluster> clusters, double[] weights, Params params, IntConsumer progress) {
        if (weights != null && weights.length != clusters.size()) {
            throw new IllegalArgumentException("need one weight per cluster: " + clusters.size() + " clusters, " + weights.length + " weights");
        }
        int f = Features.count();
        int rows = 0;
        for (TrainingCluster c : clusters) rows += c.rows();
        if (rows == 0) throw new BadInputException("no training rows: the clusters have no candidate sentences");
        float[] x = new float[rows * f];
        float[] label = new float[rows];
        float[] weight = new float[rows];
        int[] groups = new int[clusters.size()];
        int[] zero = Features.columns(params.dropped());
        int r = 0, q = 0;
        for (TrainingCluster c : clusters) {
            int[] graded = gradedLabels(c);
            double[] gain = gains(c);
            for (int i = 0; i < c.rows(); i++, r++) {
                for (int k = 0; k < f; k++) x[r * f + k] = (float) c.features()[i * f + k];
                for (int k : zero) x[r * f + k] = 0;
                weight[r] = weights == null ? 1f : (float) weights[q];
                label[r] = switch (params.objective()) {
                    case LAMBDARANK -> graded[i];
                    case REGRESSION -> (float) gain[i];
                    case BINARY -> positive(c.oracle()[i], params.nearDuplicate()) ? 1 : 0;
                };
            }
            groups[q++] = c.rows();
        }
        String config = params.lightgbm();
        try {
            LGBMDataset data = LGBMDataset.createFromMat(x, rows, f, true,
                    "max_bin=255 num_threads=1 data_random_seed=" + params.seed() + " verbosity=-1", null);
            try {
                data.setFeatureNames(Features.names());
                data.setField("label", label);
                if (weights != null) data.setField("weight", weight);
                if (params.objective() == Objective.LAMBDARANK) data.setField("group", groups);
                LGBMBooster booster = LGBMBooster.create(data, config);
                try {
                    for (int it = 1; it <= params.trees(); it++) {
                        booster.updateOneIter();
                        if (progress != null && (it % 25 == 0 || it == params.trees())) progress.accept(it);
                    }
                    return booster.saveModelToString(0, 0, LGBMBooster.FeatureImportanceType.GAIN);
                } finally {
                    booster.close();
                }
            } finally {
                data.close();
            }
        } catch (LGBMException e) {
            throw new BadInputException("LightGBM training failed: " + e.getMessage(), e);
        }
    }

    /** Scores rows with a model text; for checks outside the shipped scorer. */
    static double[] predict(String model, double[] rows, int n) {
        try {
            LGBMBooster b = LGBMBooster.loadModelFromString(model);
            try {
                return b.predictForMat(rows, n, Features.count(), true, PredictionType.C_API_PREDICT_RAW_SCORE, "num_threads=1");
            } finally {
                b.close();
            }
        } catch (LGBMException e) {
            throw new BadInputException("LightGBM prediction failed: " + e.getMessage(), e);
        }
    }
}
