package dev.precis.score.learned;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TreeEnsembleTest {
    /**
     * Two one-split trees over features a and b. Tree 0 treats zero as missing and sends it left
     * (decision type 6), although its threshold -1 would send a zero right; tree 1 treats NaN as
     * missing and sends it right (decision type 8), threshold 5.
     */
    private static final String MODEL = String.join("\n",
            "tree", "version=v4", "num_class=1", "feature_names=a b", "",
            "Tree=0", "num_leaves=2", "num_cat=0", "split_feature=0", "threshold=-1",
            "decision_type=6", "left_child=-1", "right_child=-2", "leaf_value=1 2", "is_linear=0", "",
            "Tree=1", "num_leaves=2", "num_cat=0", "split_feature=1", "threshold=5",
            "decision_type=8", "left_child=-1", "right_child=-2", "leaf_value=10 20", "is_linear=0", "",
            "end of trees", "");

    private static final TreeEnsemble TREES = TreeEnsemble.parse(MODEL);

    @Test
    void aZeroTakesTheDefaultSideWhereZeroIsMissingAndTheThresholdElsewhere() {
        double[] rows = {0, 0, 1e-40, 0, -5, 3, 3, 7, -0.0, 5};
        assertThat(TREES.predict(rows, 5)).containsExactly(11, 11, 11, 22, 11);
    }

    @Test
    void nanIsMissingWhereTheNodeSaysSoAndZeroElsewhere() {
        double[] rows = {Double.NaN, Double.NaN, 3, 3, 0, 7};
        // tree 0 reads NaN as zero, its missing value: left; tree 1's NaN goes to its default side, right
        assertThat(TREES.predict(rows, 3)).containsExactly(21, 12, 21);
    }

    @Test
    void aRowScoresTheSameWhetherOrNotAnotherRowHoldsNaN() {
        double[] plain = {0, 0, -5, 3, 3, 7, 0.5, 5};
        double[] withNan = {0, 0, -5, 3, 3, 7, 0.5, 5, Double.NaN, Double.NaN};
        double[] alone = TREES.predict(plain, 4);
        double[] beside = TREES.predict(withNan, 5);
        for (int r = 0; r < 4; r++) assertThat(beside[r]).isEqualTo(alone[r]);
    }

    /** Default-left splits with no missing type (decision type 2), as the shipped model's are. */
    private static final TreeEnsemble NO_MISSING = TreeEnsemble.parse(String.join("\n",
            "tree", "version=v4", "num_class=1", "feature_names=a b", "",
            "Tree=0", "num_leaves=2", "num_cat=0", "split_feature=0", "threshold=-1",
            "decision_type=2", "left_child=-1", "right_child=-2", "leaf_value=1 2", "is_linear=0", "",
            "Tree=1", "num_leaves=3", "num_cat=0", "split_feature=1 0", "threshold=5 0.5",
            "decision_type=2 2", "left_child=1 -1", "right_child=-3 -2", "leaf_value=10 20 30", "is_linear=0", "",
            "end of trees", ""));

    @Test
    void withoutMissingTypesNanReadsAsZeroAndTheThresholdDecides() {
        double[] rows = {Double.NaN, Double.NaN, -2, 9, 0.5, 5, 0.7, 1e-40};
        // NaN is 0: right of -1, left of 5 and of 0.5; 0.5 is not above its threshold; 1e-40 is zero
        assertThat(NO_MISSING.predict(rows, 4)).containsExactly(12, 31, 12, 22);
    }

    /**
     * No missing types: a tree of depth three beside a one-leaf tree, one threshold written -0 and
     * one out of range, so the rows of a group of four reach their leaves at different depths.
     */
    private static final String DEEP = String.join("\n",
            "tree", "version=v4", "num_class=1", "feature_names=a b", "",
            "Tree=0", "num_leaves=4", "num_cat=0", "split_feature=0 1 0", "threshold=-0 2 1e300",
            "decision_type=2 2 2", "left_child=-1 2 -2", "right_child=1 -4 -3", "leaf_value=1 2 3 4", "is_linear=0", "",
            "Tree=1", "num_leaves=1", "num_cat=0", "split_feature=", "threshold=", "decision_type=",
            "left_child=", "right_child=", "leaf_value=0.5", "is_linear=0", "",
            "end of trees", "");

    @Test
    void rowsWalkedTogetherScoreAsEachAloneAndAValueAtItsThresholdGoesLeft() {
        TreeEnsemble trees = TreeEnsemble.parse(DEEP);
        // a = 0 sits at the -0 threshold: left (leaf 1); b = 2 at its threshold: on to the third node
        double[] rows = {0, 9, 1, 2, 1, 3, Double.POSITIVE_INFINITY, 2, -0.0, 2, 5, 2.5, Double.NEGATIVE_INFINITY, 0};
        double[] expected = {1.5, 2.5, 4.5, 3.5, 1.5, 4.5, 1.5};
        assertThat(trees.predict(rows, 7)).containsExactly(expected);
        for (int r = 0; r < 7; r++) {
            assertThat(trees.predict(new double[] {rows[2 * r], rows[2 * r + 1]}, 1)).containsExactly(expected[r]);
        }
    }

    @Test
    void anInfiniteThresholdStillDecides() {
        TreeEnsemble trees = TreeEnsemble.parse(DEEP.replace("threshold=-0 2 1e300", "threshold=-0 2 Infinity"));
        double[] rows = {1, 2, Double.POSITIVE_INFINITY, 2, 1, 3, 1, 2};
        assertThat(trees.predict(rows, 4)).containsExactly(2.5, 2.5, 4.5, 2.5);
    }
}
