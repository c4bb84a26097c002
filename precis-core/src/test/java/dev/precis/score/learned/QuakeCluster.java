package dev.precis.score.learned;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;

/**
 * The fixed cluster both feature tests read: {@code FeatureValuesTest} pins every column of two of its
 * sentences, so a change here is a change to those expected values too.
 */
final class QuakeCluster {
    static final ClusterText QUAKE = TestClusters.cluster(
            "A strong earthquake struck central Chile on Monday, killing 12 people. "
                    + "Rescue teams searched collapsed buildings in Talca overnight. "
                    + "\"We felt the whole house move,\" said Maria Lopez. "
                    + "Did anyone expect it? "
                    + "Click here to subscribe to our newsletter at www.example.com today.",
            "A strong earthquake struck central Chile on Monday and killed 12 people. "
                    + "I was asleep when it happened, my neighbour told us. "
                    + "The quake had a magnitude of 7.1 according to the survey.",
            "Officials in Santiago said schools will stay closed.");

    private QuakeCluster() {
    }
}
