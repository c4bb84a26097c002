package dev.precis.order;

import dev.precis.Summarizers;
import dev.precis.TestClusters;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.select.Budget;
import dev.precis.select.Introductions;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceOrdererTest {
    private static final String A = "A zero opens here now. A one follows here now. A two follows here now. A three ends here now.";
    private static final String B = "B zero opens here now. B one ends here now.";

    @Test
    void leadsFirstThenByRelativePositionKeepingEachArticlesOrder() {
        ClusterText text = TestClusters.cluster(A, B);
        // ids: A 0-3 (relative 0, .25, .5, .75), B 4-5 (relative 0, .5)
        List<Sentence> chosen = new ArrayList<>(List.of(text.sentence(3), text.sentence(5), text.sentence(1),
                text.sentence(4), text.sentence(0)));
        Collections.reverse(chosen);
        List<Sentence> ordered = new SourceOrderer().order(text, chosen);
        assertThat(ordered).extracting(Sentence::id).containsExactly(0, 4, 1, 5, 3);
    }

    @Test
    void earlierDatedArticleFirstOnTies() {
        LocalDate[] dates = {LocalDate.of(2016, 12, 14), LocalDate.of(2016, 12, 13)};
        ClusterText text = TestClusters.cluster(dates, A, B);
        List<Sentence> ordered = new SourceOrderer().order(text, List.of(text.sentence(0), text.sentence(4), text.sentence(2), text.sentence(5)));
        assertThat(ordered).extracting(Sentence::id).containsExactly(4, 0, 5, 2);
    }

    @Test
    void undatedArticlesComeAfterDatedOnesOnTiesAndIndexBreaksTheRest() {
        LocalDate[] dates = {null, LocalDate.of(2016, 12, 13), null};
        ClusterText text = TestClusters.cluster(dates, A, B, "C zero opens here now. C one ends here now.");
        List<Sentence> ordered = new SourceOrderer().order(text, List.of(text.sentence(6), text.sentence(0), text.sentence(4)));
        assertThat(ordered).extracting(Sentence::id).containsExactly(4, 0, 6);
    }

    @Test
    void emptyChoiceGivesEmptyOrder() {
        ClusterText text = TestClusters.cluster(A);
        assertThat(new SourceOrderer().order(text, List.of())).isEmpty();
    }

    @Test
    void withTheAnalysisTheIntroductionsOfSelectionAreReusedAndTheOrderIsTheSame() {
        ClusterText text = TestClusters.aleppo();
        ClusterAnalysis analysis = new ClusterAnalysis(text);
        List<Sentence> chosen = Summarizers.standard().get(Summarizers.DEFAULT).choose(analysis, Budget.words(200));
        assertThat(chosen).hasSizeGreaterThan(2);
        assertThat(analysis.has(Introductions.OF_CLUSTER)).isTrue(); // selection worked them out
        List<Sentence> reversed = new ArrayList<>(chosen);
        Collections.reverse(reversed);
        SourceOrderer orderer = new SourceOrderer();
        assertThat(orderer.order(analysis, reversed)).isEqualTo(orderer.order(text, reversed));
    }
}
