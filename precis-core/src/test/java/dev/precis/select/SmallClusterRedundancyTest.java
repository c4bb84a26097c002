package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallClusterRedundancyTest {
    private static final String A = "The city council approved the new harbour bridge on Monday after a long debate.";
    private static final String B = "Residents packed the hall as the council voted on the bridge plan.";

    private static ClusterAnalysis analysis(ClusterText text) {
        return ClusterAnalysis.of(text, TermVectors.of(text));
    }

    @Test
    void aSmallClusterOfRawTextRepeatsAboveTheStricterCosine() {
        ClusterAnalysis raw = analysis(TestClusters.cluster(A, B));
        assertThat(SmallClusterRedundancy.of(raw, MmrSelector.DEFAULT_REDUNDANCY)).isEqualTo(SmallClusterRedundancy.COSINE);
        // A threshold already stricter is kept.
        assertThat(SmallClusterRedundancy.of(raw, 0.3)).isEqualTo(0.3);
    }

    @Test
    void lowerCasedTextAndBigClustersKeepTheSelectorsThreshold() {
        assertThat(SmallClusterRedundancy.of(analysis(TestClusters.cluster(A.toLowerCase(), B.toLowerCase())), 0.5)).isEqualTo(0.5);
        String[] many = new String[SmallClusterRedundancy.SENTENCES];
        for (int i = 0; i < many.length; i++) many[i] = "Report number " + (i + 1) + " on the harbour bridge came out on Monday.";
        assertThat(SmallClusterRedundancy.of(analysis(TestClusters.cluster(many)), 0.5)).isEqualTo(0.5);
    }
}
