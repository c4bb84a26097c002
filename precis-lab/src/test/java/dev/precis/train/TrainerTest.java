package dev.precis.train;

import dev.precis.score.learned.Features;
import dev.precis.score.learned.TreeEnsemble;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrainerTest {
    private static final int POSITION = column("position");
    private static final int CENTROID = column("centroid");

    private static int column(String name) {
        int i = java.util.Arrays.asList(Features.names()).indexOf(name);
        if (i < 0) throw new IllegalStateException("no feature " + name);
        return i;
    }

    /**
     * Synthetic clusters: a sentence is "good" (taken by the oracle, high ROUGE) when its centroid
     * feature is high and it is near the top of its article; other features are noise.
     */
    static List<TrainingCluster> synthetic(long seed, int clusters) {
        Random r = new Random(seed);
        int f = Features.count();
        List<TrainingCluster> out = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            int m = 8 + r.nextInt(12);
            double[] x = new double[m * f];
            double[] r1 = new double[m], r2 = new double[m];
            int[] oracle = new int[m];
            int round = 0;
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < f; k++) x[i * f + k] = r.nextDouble();
                x[i * f + POSITION] = i % 5;
                double centroid = x[i * f + CENTROID];
                boolean good = centroid > 0.6 && i % 5 < 2;
                r1[i] = good ? 0.2 + 0.1 * r.nextDouble() : 0.1 * r.nextDouble();
                r2[i] = good ? 0.1 + 0.05 * r.nextDouble() : 0.03 * r.nextDouble();
                if (good) oracle[i] = ++round;
            }
            out.add(new TrainingCluster("s" + c, x, r1, r2, oracle));
        }
        return out;
    }

    private static final Trainer.Params SMALL = Trainer.Params.defaults().withTrees(20).withMinLeaf(5).withLeaves(7);

    @Test
    void theSameSeedGivesTheSameModel() {
        List<TrainingCluster> data = synthetic(1, 60);
        for (Trainer.Objective o : Trainer.Objective.values()) {
            Trainer.Params p = SMALL.withObjective(o).withSampling(0.8).withSeed(7);
            String a = Trainer.train(data, p, null);
            String b = Trainer.train(data, p, null);
            assertThat(a).as(o.name()).isEqualTo(b);
        }
    }

    @Test
    void theModelLearnsThePattern() {
        List<TrainingCluster> train = synthetic(1, 80);
        List<TrainingCluster> test = synthetic(2, 20);
        String model = Trainer.train(train, SMALL, null);
        double good = 0, bad = 0;
        int goods = 0, bads = 0;
        for (TrainingCluster c : test) {
            double[] p = Trainer.predict(model, c.features(), c.rows());
            for (int i = 0; i < c.rows(); i++) {
                if (c.oracle()[i] > 0) {
                    good += p[i];
                    goods++;
                } else {
                    bad += p[i];
                    bads++;
                }
            }
        }
        assertThat(good / goods).isGreaterThan(bad / bads + 1.0);
    }

    @Test
    void droppedGroupsAreNeverSplitOn() {
        List<TrainingCluster> data = synthetic(3, 60);
        String model = Trainer.train(data, SMALL.withDropped(EnumSet.of(Features.Group.CENTRALITY)), null);
        TreeEnsemble trees = TreeEnsemble.parse(model);
        // With the centroid zeroed the model cannot tell good sentences from bad by it: scoring a row
        // with any centrality values gives the same result.
        double[] row = data.get(0).features().clone();
        double[] before = trees.predict(row, data.get(0).rows());
        for (int k : Features.columns(EnumSet.of(Features.Group.CENTRALITY))) {
            for (int i = 0; i < data.get(0).rows(); i++) row[i * Features.count() + k] = 123.0;
        }
        assertThat(trees.predict(row, data.get(0).rows())).containsExactly(before);
    }

    @Test
    void theJavaEvaluatorMatchesLightGbm() {
        List<TrainingCluster> data = synthetic(4, 60);
        for (Trainer.Objective o : Trainer.Objective.values()) {
            String model = Trainer.train(data, SMALL.withObjective(o), null);
            TreeEnsemble trees = TreeEnsemble.parse(model);
            assertThat(trees.trees()).isEqualTo(20);
            for (TrainingCluster c : synthetic(5, 10)) {
                double[] x = c.features().clone();
                for (int i = 0; i < x.length; i++) x[i] = (float) x[i]; // the Java side rounds to float too
                double[] want = Trainer.predict(model, x, c.rows());
                double[] got = trees.predict(c.features(), c.rows());
                for (int i = 0; i < want.length; i++) assertThat(got[i]).isCloseTo(want[i], within(1e-12));
            }
        }
    }

    @Test
    void nearDuplicatesOfOraclePicksArePositive() {
        // oracle > 0: taken in that round; otherwise minus the best cosine (hundredths) with a pick.
        assertThat(Trainer.positive(3, 0.75)).isTrue();
        assertThat(Trainer.positive(-75, 0.75)).isTrue();
        assertThat(Trainer.positive(-74, 0.75)).isFalse();
        assertThat(Trainer.positive(0, 0.75)).isFalse();
        assertThat(Trainer.positive(-100, 1.01)).isFalse();
        assertThat(Trainer.positive(1, 1.01)).isTrue();
    }

    @Test
    void theCacheRoundTrips() throws Exception {
        List<TrainingCluster> data = synthetic(6, 5);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("precis-rows", ".bin");
        try {
            TrainingCluster.write(data, file);
            List<TrainingCluster> back = TrainingCluster.read(file);
            assertThat(back).hasSize(5);
            for (int c = 0; c < 5; c++) {
                assertThat(back.get(c).id()).isEqualTo(data.get(c).id());
                assertThat(back.get(c).features()).containsExactly(data.get(c).features());
                assertThat(back.get(c).oracle()).containsExactly(data.get(c).oracle());
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
