package dev.precis.score.learned;

import dev.precis.TestClusters;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.score.Scores;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrainedDepthTest {

    /** An article of {@code sentences} sentences of 10 words each. */
    private static String article(int sentences, String subject) {
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            article.append(subject).append(" crews repaired pier number ").append(i + 1).append(" before the storms came. ");
        }
        return article.toString();
    }

    private static double[] ones(ClusterText text) {
        double[] scores = new double[text.size()];
        Arrays.fill(scores, 1);
        return scores;
    }

    @Test
    void onlySentencesPastTheTrainedDepthOfALongArticleAreDamped() {
        // 40 sentences of 10 words: the 26th starts at word 250 (kept), the 27th at 260 (damped).
        ClusterText text = TestClusters.cluster(article(40, "Harbour"));
        double[] scores = TrainedDepth.damp(ones(text), text);
        for (Sentence s : text.sentences()) {
            assertThat(s.wordCount()).isEqualTo(10);
            assertThat(scores[s.id()]).isEqualTo(s.position() * 10 > TrainedDepth.WORDS ? TrainedDepth.FACTOR : 1.0);
        }
    }

    @Test
    void aShortPageBesideALongArticleIsDampedButNotAmongShortArticles() {
        // A 5-sentence page (50 words) beside a 40-sentence article: the page competes with the openings.
        ClusterText raw = TestClusters.cluster(article(40, "Harbour"), article(5, "Tour"));
        double[] scores = TrainedDepth.damp(ones(raw), raw);
        for (Sentence s : raw.sentences()) {
            if (s.article() == 1) assertThat(scores[s.id()]).isEqualTo(TrainedDepth.FACTOR);
            else if (s.position() < 3) assertThat(scores[s.id()]).isEqualTo(1.0);
        }
        // Text cut as the training text was (no article past the depth) is left alone, short pages too.
        ClusterText cut = TestClusters.cluster(article(18, "Harbour"), article(5, "Tour"));
        assertThat(TrainedDepth.damp(ones(cut), cut)).containsOnly(1.0);
    }

    @Test
    void theLearnedScorerDampsItsRescaledScores() {
        ClusterText text = TestClusters.cluster(article(40, "Harbour"), "Harbour crews repaired every pier before the storms.");
        ClusterAnalysis analysis = new ClusterAnalysis(text);
        LearnedScorer scorer = new LearnedScorer();
        double[] plain = Scores.normalise(scorer.rawScores(analysis));
        double[] expected = TrainedDepth.damp(plain.clone(), text);
        assertThat(scorer.score(analysis)).containsExactly(expected, within(1e-12));
        assertThat(expected).isNotEqualTo(plain);
    }
}
