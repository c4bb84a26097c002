package dev.precis.score;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.represent.Similarities;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScorersTest {
    private static final List<Scorer> ALL = List.of(new LeadScorer(), new CentroidScorer(), new LexRankScorer(), new TextRankScorer());

    @Test
    void leadScoresFollowRoundRobinOrder() {
        ClusterText text = TestClusters.cluster(
                "Alpha one opens the first article today. Alpha two follows in the first article. Alpha three ends it.",
                "Beta one opens the second article today. Beta two follows in the second article.",
                "Gamma one opens the third article today. Gamma two follows. Gamma three. Gamma four ends the third.");
        double[] s = new LeadScorer().score(text, TermVectors.of(text));
        // Expected order: a0 b0 c0 a1 b1 c1 a2 c2 c3 (ids: a 0-2, b 3-4, c 5-8)
        int[] expected = {0, 3, 5, 1, 4, 6, 2, 7, 8};
        for (int r = 1; r < expected.length; r++) {
            assertThat(s[expected[r]]).as("rank " + r).isLessThan(s[expected[r - 1]]);
        }
        assertThat(s[0]).isEqualTo(1.0);
        assertThat(s[8]).isEqualTo(0.0);
    }

    @Test
    void lexRankGivesTheMostCentralSentenceTheTopScore() {
        // Sentence 2 shares a term with every other sentence; the others share only with it.
        ClusterText text = TestClusters.sentences(
                "Apple banana cherry grows here.",
                "Dolphin eagle falcon flies there.",
                "Apple dolphin giraffe harbour island jungle kettle lemon.",
                "Giraffe mango nectar olive pepper.",
                "Harbour quince radish spinach tomato.",
                "Island umbrella violin walnut xylophone.");
        double[] s = new LexRankScorer().score(text, TermVectors.of(text));
        assertThat(argmax(s)).isEqualTo(2);
        assertThat(s[2]).isEqualTo(1.0);
        double[] t = new TextRankScorer().score(text, TermVectors.of(text));
        assertThat(argmax(t)).isEqualTo(2);
    }

    @Test
    void lexRankIsUniformOnASymmetricGraph() {
        ClusterText text = TestClusters.sentences("Red green blue.", "Red green blue.", "Red green blue.");
        double[] s = new LexRankScorer().score(text, TermVectors.of(text));
        assertThat(s).containsOnly(1.0);
    }

    @Test
    void pageRankSumsToOneAndHandlesDanglingNodes() {
        // Two sentences that share terms and one that shares none: a linked pair and a dangling node.
        ClusterText text = TestClusters.sentences("Red green blue.", "Red green blue.", "Cats sleep.");
        double[] p = PageRank.rank(Similarities.of(TermVectors.of(text)));
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-9));
        assertThat(p[0]).isCloseTo(p[1], within(1e-9)).isGreaterThan(p[2]);
    }

    @Test
    void centroidPrefersTheSentenceCloseToTheWholeCluster() {
        ClusterText text = TestClusters.aleppo();
        double[] s = new CentroidScorer().score(text, TermVectors.of(text));
        int best = argmax(s);
        assertThat(text.sentence(best).text()).containsIgnoringCase("aleppo");
    }

    @Test
    void everyScorerGivesOneScoreInUnitRangePerSentence() {
        ClusterText text = TestClusters.aleppo();
        TermVectors v = TermVectors.of(text);
        for (Scorer scorer : ALL) {
            double[] s = scorer.score(text, v);
            assertThat(s).as(scorer.name()).hasSize(text.size());
            for (double x : s) assertThat(x).as(scorer.name()).isBetween(0.0, 1.0);
            assertThat(s).as(scorer.name()).contains(1.0);
        }
    }

    @Test
    void scorersCopeWithEmptyAndSingleSentenceClusters() {
        ClusterText one = TestClusters.sentences("Only one sentence stands in this cluster.");
        ClusterText none = TestClusters.cluster("");
        for (Scorer scorer : ALL) {
            assertThat(scorer.score(one, TermVectors.of(one))).as(scorer.name()).containsExactly(1.0);
            assertThat(scorer.score(none, TermVectors.of(none))).as(scorer.name()).isEmpty();
        }
    }

    @Test
    void scorersAreFastOnAThreeHundredSentenceCluster() {
        ClusterText text = dev.precis.select.SelectorsTest.randomCluster(7, 10, 30);
        assertThat(text.size()).isEqualTo(300);
        for (Scorer scorer : ALL) {
            for (int i = 0; i < 20; i++) scorer.score(text, TermVectors.of(text)); // warm up
            int runs = 20;
            long t0 = System.nanoTime();
            for (int i = 0; i < runs; i++) scorer.score(text, TermVectors.of(text));
            double ms = (System.nanoTime() - t0) / 1e6 / runs;
            System.out.printf("%s: %.2f ms for %d sentences (vectors included)%n", scorer.name(), ms, text.size());
            assertThat(ms).as(scorer.name()).isLessThan(250); // generous: a shared test machine
        }
    }

    static int argmax(double[] s) {
        int best = 0;
        for (int i = 1; i < s.length; i++) if (s[i] > s[best]) best = i;
        return best;
    }
}
