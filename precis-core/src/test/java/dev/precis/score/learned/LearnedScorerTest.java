package dev.precis.score.learned;

import dev.precis.model.PrecisFault;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.BadInputException;
import dev.precis.Summarizer;
import dev.precis.Summarizers;
import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import dev.precis.select.Budget;
import dev.precis.select.Selector;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearnedScorerTest {
    private static final Summarizers REGISTRY = Summarizers.standard();
    private static final ClusterText STORY = TestClusters.cluster(
            "A strong earthquake struck central Chile on Monday, killing 12 people and injuring hundreds more. "
                    + "Rescue teams searched collapsed buildings in the city of Talca through the night. "
                    + "Click here to subscribe to our newsletter at www.example.com today. "
                    + "The quake had a magnitude of 7.1, according to the United States Geological Survey. "
                    + "Power was cut to more than a million homes across the region for several hours.",
            "An earthquake of magnitude 7.1 struck central Chile on Monday, killing at least 12 people. "
                    + "President Sebastian Pinera declared a state of emergency in the worst hit regions. "
                    + "Share this story with your friends on social media.",
            "Officials in Santiago said schools in three regions will stay closed until Thursday. "
                    + "The earthquake killed 12 people in central Chile, officials said on Monday.");

    @Test
    void theShippedModelLoadsAndMatchesTheFeatures() {
        TreeEnsemble model = TreeEnsemble.parse(LearnedScorer.resourceText());
        assertThat(model.featureNames()).containsExactly(Features.names());
        assertThat(model.trees()).isGreaterThan(10);
        LearnedScorer.preload();
    }

    @Test
    void scoresEverySentenceInZeroToOneAndPrefersTheStoryToDebris() {
        TermVectors v = TermVectors.of(STORY);
        double[] s = new LearnedScorer().score(STORY, v);
        assertThat(s).hasSize(STORY.size());
        assertThat(Arrays.stream(s).allMatch(x -> x >= 0 && x <= 1)).isTrue();
        int lead = 0, debris = 2;
        assertThat(STORY.sentence(debris).text()).startsWith("Click here");
        assertThat(s[lead]).isGreaterThan(s[debris]);
        assertThat(new LearnedScorer().score(TestClusters.cluster(""), TermVectors.of(TestClusters.cluster("")))).isEmpty();
    }

    @Test
    void aModelForOtherFeaturesIsRefused() {
        String model = LearnedScorer.resourceText().replaceFirst("feature_names=position ", "feature_names=something_else ");
        assertThatThrownBy(() -> LearnedScorer.of(model))
                .isInstanceOf(PrecisFault.class)
                .hasMessageContaining("retrain");
        assertThatThrownBy(() -> LearnedScorer.of("not a model"))
                .isInstanceOf(PrecisFault.class);
    }

    @Test
    void isTheDefaultSummarizer() {
        assertThat(Summarizers.DEFAULT).isEqualTo(LearnedScorer.NAME);
        assertThat(REGISTRY.get(LearnedScorer.NAME).scorer()).isInstanceOf(LearnedScorer.class);
    }

    @Property(tries = 40)
    void respectsWordAndSentenceBudgets(@ForAll @IntRange(min = 1, max = 120) int limit) {
        TermVectors v = TermVectors.of(STORY);
        for (Selector selector : Summarizers.selectors().values()) {
            Summarizer s = REGISTRY.get(LearnedScorer.NAME).withSelector(selector);
            List<Sentence> words = s.choose(ClusterAnalysis.of(STORY, v), Budget.words(limit));
            assertThat(words.stream().mapToInt(Sentence::wordCount).sum()).isLessThanOrEqualTo(limit);
            List<Sentence> sentences = s.choose(ClusterAnalysis.of(STORY, v), Budget.sentences(Math.max(1, limit / 20)));
            assertThat(sentences.size()).isLessThanOrEqualTo(Math.max(1, limit / 20));
            assertThat(sentences).doesNotHaveDuplicates();
        }
    }
}
