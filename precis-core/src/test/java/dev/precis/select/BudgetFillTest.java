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
    // Three sentences of 15, 11 and 20 words on unrelated matters, best first.
    private static final String HARBOUR = "The mayor of Dunmore closed the old harbour bridge to all traffic on Monday morning.";
    private static final String SCHOOL = "Teachers at Westfield Primary voted to strike over pay next week.";
    private static final String FLOOD = "Heavy rain flooded forty homes along the Ouse river overnight, and volunteers filled sandbags in the church hall until dawn.";

    @Test
    void aSecondTryAtTheLastStepIsKeptWhenItFillsClearlyMoreOfTheBudget() {
        ClusterText text = TestClusters.cluster(HARBOUR, SCHOOL, FLOOD);
        ClusterAnalysis analysis = ClusterAnalysis.of(text, TermVectors.of(text));
        Budget budget = Budget.words(36);
        assertThat(TestClusters.cost(List.of(text.sentence(0), text.sentence(1)), budget)).isEqualTo(26);
        // Greedy takes the harbour and the school (26 of 36 words); the flood no longer fits.
        List<Sentence> chosen = new MmrSelector().select(text, TermVectors.of(text), new double[] {1.0, 0.9, 0.5}, budget);
        assertThat(chosen).extracting(Sentence::id).containsExactly(0, 2);
        // 35 words with the flood instead of the school: 9 more.
        assertThat(BudgetFill.retry(analysis, List.of(text.sentence(0), text.sentence(1)), budget,
                last -> List.of(text.sentence(0), text.sentence(2)))).extracting(Sentence::id).containsExactly(0, 2);
    }

    @Test
    void theGreedySummaryStaysWhenTheOtherGainsLittleOrLittleIsLeft() {
        ClusterText text = TestClusters.cluster(HARBOUR, SCHOOL, FLOOD);
        ClusterAnalysis analysis = ClusterAnalysis.of(text, TermVectors.of(text));
        List<Sentence> greedy = List.of(text.sentence(0), text.sentence(1));
        // 26 words used of 29: 3 left, under MIN_LEFT; the other is not even asked for.
        assertThat(BudgetFill.retry(analysis, greedy, Budget.words(29), last -> {
            throw new AssertionError("no second try with 3 words left");
        })).isSameAs(greedy);
        // 26 of 40 used; the other uses 26 too: no gain.
        assertThat(BudgetFill.retry(analysis, greedy, Budget.words(40), last -> List.of(text.sentence(0), text.sentence(1))))
                .isSameAs(greedy);
        // A sentence budget has no words to fill.
        assertThat(BudgetFill.retry(analysis, greedy, Budget.sentences(5), last -> List.of(text.sentence(2)))).isSameAs(greedy);
    }

    @Test
    void lowerCasedTextKeepsTheGreedySummary() {
        ClusterText text = TestClusters.cluster(HARBOUR.toLowerCase(), SCHOOL.toLowerCase(), FLOOD.toLowerCase());
        ClusterAnalysis analysis = ClusterAnalysis.of(text, TermVectors.of(text));
        List<Sentence> greedy = List.of(text.sentence(0), text.sentence(1));
        assertThat(BudgetFill.retry(analysis, greedy, Budget.words(36), last -> List.of(text.sentence(0), text.sentence(2))))
                .isSameAs(greedy);
    }
}
