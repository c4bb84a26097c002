package dev.precis.score.learned;

import dev.precis.TestClusters;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrainedDepthTest {

    @Test
    void onlySentencesPastTheTrainedDepthAreDamped() {
        int f = Features.count();
        double[] offsets = {0, 120, TrainedDepth.WORDS, TrainedDepth.WORDS + 1, 900};
        double[] features = new double[offsets.length * f];
        for (int i = 0; i < offsets.length; i++) features[i * f + Features.WORD_OFFSET] = offsets[i];
        double[] scores = TrainedDepth.damp(new double[] {1, 0.8, 0.6, 0.6, 1}, features);
        assertThat(scores).containsExactly(new double[] {1, 0.8, 0.6, 0.6 * TrainedDepth.FACTOR, TrainedDepth.FACTOR}, within(1e-12));
    }

    @Test
    void aLongArticleKeepsItsOpeningScoresAndLosesHalfPastTheDepth() {
        // One article of 40 sentences of 10 words each: sentences from the 26th on start past 250 words.
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            article.append("Harbour crews repaired pier number ").append(i + 1).append(" before the winter storms came. ");
        }
        ClusterText text = TestClusters.cluster(article.toString(), "Harbour crews repaired every pier before the storms.");
        ClusterAnalysis analysis = new ClusterAnalysis(text);
        LearnedScorer scorer = new LearnedScorer();
        double[] damped = scorer.score(analysis);
        double[] plain = dev.precis.score.Scores.normalise(scorer.rawScores(analysis));
        double[] features = Features.extract(analysis);
        int f = Features.count();
        int deep = 0;
        for (int i = 0; i < text.size(); i++) {
            boolean past = features[i * f + Features.WORD_OFFSET] > TrainedDepth.WORDS;
            if (past) deep++;
            assertThat(damped[i]).isCloseTo(past ? plain[i] * TrainedDepth.FACTOR : plain[i], within(1e-12));
        }
        assertThat(deep).isGreaterThan(10);
    }
}
