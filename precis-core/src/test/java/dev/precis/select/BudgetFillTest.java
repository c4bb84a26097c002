package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetFillTest {
    // Four sentences of 10, 15, 11 and 20 words on unrelated matters, best first.
    private static final String PASS = "Snow closed the mountain pass above the valley on Sunday.";
    private static final String HARBOUR = "The mayor of Dunmore closed the old harbour bridge to all traffic on Monday morning.";
    private static final String SCHOOL = "Teachers at Westfield Primary voted to strike over pay next week.";
    private static final String FLOOD = "Heavy rain flooded forty homes along the Ouse river overnight, and volunteers filled sandbags in the church hall until dawn.";

    private static ClusterAnalysis analysis(ClusterText text) {
        return ClusterAnalysis.of(text, TermVectors.of(text));
    }

    @Test
    void aSecondTryAtTheLastStepIsKeptWhenItFillsClearlyMoreOfTheBudget() {
        ClusterText text = TestClusters.cluster(PASS, HARBOUR, SCHOOL, FLOOD);
        Budget budget = Budget.words(46);
        List<Sentence> greedy = List.of(text.sentence(0), text.sentence(1), text.sentence(2));
        assertThat(TestClusters.cost(greedy, budget)).isEqualTo(36);
        // Greedy takes the pass, the harbour and the school (36 of 46 words); the flood no longer fits.
        // Without the school the flood fits: 45 words, 9 more.
        List<Sentence> chosen = new MmrSelector().select(text, TermVectors.of(text), new double[] {1.0, 0.9, 0.8, 0.5}, budget);
        assertThat(chosen).extracting(Sentence::id).containsExactly(0, 1, 3);
        assertThat(BudgetFill.retry(analysis(text), greedy, budget,
                last -> List.of(text.sentence(0), text.sentence(1), text.sentence(3)))).extracting(Sentence::id).containsExactly(0, 1, 3);
    }

    @Test
    void theGreedySummaryStaysWhenTheOtherGainsLittleOrLittleIsLeft() {
        ClusterText text = TestClusters.cluster(PASS, HARBOUR, SCHOOL, FLOOD);
        ClusterAnalysis analysis = analysis(text);
        List<Sentence> greedy = List.of(text.sentence(0), text.sentence(1), text.sentence(2));
        // 36 words used of 39: 3 left, under MIN_LEFT; the other is not even asked for.
        assertThat(BudgetFill.retry(analysis, greedy, Budget.words(39), last -> {
            throw new AssertionError("no second try with 3 words left");
        })).isSameAs(greedy);
        // 36 of 50 used; the other uses 36 too: no gain.
        assertThat(BudgetFill.retry(analysis, greedy, Budget.words(50), last -> greedy)).isSameAs(greedy);
        // A sentence budget has no words to fill.
        assertThat(BudgetFill.retry(analysis, greedy, Budget.sentences(5), last -> List.of(text.sentence(3)))).isSameAs(greedy);
        // In a summary of two sentences the last step is most of it: not tried again.
        List<Sentence> two = List.of(text.sentence(0), text.sentence(1));
        assertThat(BudgetFill.retry(analysis, two, Budget.words(60), last -> {
            throw new AssertionError("no second try for two sentences");
        })).isSameAs(two);
    }

    @Test
    void lowerCasedTextKeepsTheGreedySummary() {
        ClusterText text = TestClusters.cluster(PASS.toLowerCase(), HARBOUR.toLowerCase(), SCHOOL.toLowerCase(), FLOOD.toLowerCase());
        List<Sentence> greedy = List.of(text.sentence(0), text.sentence(1), text.sentence(2));
        assertThat(BudgetFill.retry(analysis(text), greedy, Budget.words(46),
                last -> List.of(text.sentence(0), text.sentence(1), text.sentence(3)))).isSameAs(greedy);
    }
}
