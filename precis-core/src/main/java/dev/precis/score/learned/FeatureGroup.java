package dev.precis.score.learned;

/**
 * The columns of one {@link Features.Group} for the sentences of one cluster. An implementation
 * does its cluster-wide work when it is made, so that filling a row is cheap; it writes only its
 * own group's columns.
 */
interface FeatureGroup {

    /** Writes this group's values of sentence {@code sentence} into {@code m} from index {@code row}. */
    void fill(int sentence, double[] m, int row);
}
