package dev.precis.order;

import dev.precis.Summarizer;
import dev.precis.TestClusters;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.score.Scorer;
import dev.precis.select.Budget;
import dev.precis.select.MmrSelector;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryOpeningTest {
    /** Two articles on a ferry strike: each opens with a lead; the second goes on with a quotation. */
    private static final ClusterText STRIKE = TestClusters.cluster(
            "Ferry crews in Portville walked off the job on Monday after talks over pay broke down late on Sunday night. "
                    + "But dozens of commuters were left waiting at the harbour for boats that never came.",
            "Thousands of commuters were stranded in the harbour town of Portville for most of this week by a strike of ferry crews. "
                    + "They had talked with the operator for months without a deal. "
                    + "\"We have been patient for a long time and nobody listened to us,\" the union's leader told the crowd at the pier.");
    private static final Sentence LEAD = STRIKE.sentencesOf(0).get(0);
    private static final Sentence QUOTE = STRIKE.sentencesOf(1).get(2);

    /** Scores that favour the quotation, then the first article's lead, then the rest. */
    private static double[] scores() {
        double[] s = new double[STRIKE.size()];
        for (Sentence x : STRIKE.sentences()) s[x.id()] = 0.1;
        s[QUOTE.id()] = 1.0;
        s[LEAD.id()] = 0.5;
        return s;
    }

    @Test
    void aSummaryThatWouldOpenWithAQuotationGetsTheBestLead() {
        ClusterAnalysis analysis = new ClusterAnalysis(STRIKE);
        int lead = StoryOpening.missingLead(analysis, List.of(QUOTE), scores(), Budget.words(120));
        assertThat(lead).isEqualTo(LEAD.id());
    }

    @Test
    void aSummaryWithALeadThatCanOpenItNeedsNoOther() {
        ClusterAnalysis analysis = new ClusterAnalysis(STRIKE);
        assertThat(StoryOpening.missingLead(analysis, List.of(QUOTE, LEAD), scores(), Budget.words(120))).isEqualTo(-1);
    }

    @Test
    void noLeadIsBroughtWhenNoneFitsTheBudget() {
        ClusterAnalysis analysis = new ClusterAnalysis(STRIKE);
        assertThat(StoryOpening.missingLead(analysis, List.of(QUOTE), scores(), Budget.words(12))).isEqualTo(-1);
    }

    @Test
    void selectionTakesTheLeadWhenItsChoiceWouldOpenMidStory() {
        Scorer favoursQuote = new Scorer() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public double[] score(ClusterAnalysis analysis) {
                return scores();
            }
        };
        Summarizer summarizer = new Summarizer("fixed", favoursQuote, new MmrSelector());
        // The quotation alone is the greedy choice: what else fits beside it leans on a lead that does
        // not ("But dozens ...", "They had talked ..."). Chosen again around the lead, the summary opens with it.
        assertThat(new MmrSelector().select(new ClusterAnalysis(STRIKE), scores(), Budget.words(40))).containsExactly(QUOTE);
        List<Sentence> chosen = summarizer.choose(new ClusterAnalysis(STRIKE), Budget.words(40));
        assertThat(chosen).contains(LEAD);
        assertThat(new SourceOrderer().order(STRIKE, chosen).get(0)).isEqualTo(LEAD);
    }
}
