package dev.precis.topic;

import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import org.junit.jupiter.api.Test;

import static dev.precis.BudgetStory.PREVIEW;
import static dev.precis.BudgetStory.REPORT;
import static dev.precis.BudgetStory.cluster;
import static org.assertj.core.api.Assertions.assertThat;

/** A page on the story's subject that tells no news: a reference page. */
class ReferencePageTest {
    private static final String REFERENCE = "City Budgets Explained\n\n"
            + "Many residents want to know how a city budget pays for buses and parks. "
            + "This page explains how a city budget is made and where its money comes from.\n\n"
            + "What is a city budget?\n\n"
            + "A city budget is the plan that sets how much the city spends on buses, parks and other services. "
            + "The budget also sets the fares and taxes that pay for those services.\n\n"
            + "How is a city budget approved?\n\n"
            + "The mayor proposes a budget plan and the city council votes on it. "
            + "A council can change the plan before its vote.\n\n"
            + "Where does the money for parks come from?\n\n"
            + "Parks are paid for by property taxes and sometimes by a hotel tax. "
            + "Bus fares pay for part of the buses, and taxes pay for the rest. "
            + "Some cities borrow money to build new parks. "
            + "A budget plan usually covers one year.";

    @Test
    void aReferencePageOnTheSubjectIsMarkedAndGivesNothing() {
        Summary s = Precis.summarize(cluster(REPORT, REFERENCE, PREVIEW), SummaryOptions.defaults());
        assertThat(s.articles().get(1).offTopic()).startsWith(ReferencePage.REASON + ": 3 question headings");
        for (SummarySentence ss : s.sentences()) assertThat(ss.text()).doesNotContain("This page explains");
    }

    @Test
    void aPageWithQuestionsThatReportsAnEventIsNotAReferencePage() {
        String dated = REFERENCE.replace("A budget plan usually covers one year.",
                "The mayor presented this year's plan on Thursday.");
        Summary s = Precis.summarize(cluster(REPORT, dated, PREVIEW), SummaryOptions.defaults());
        assertThat(s.articles().get(1).offTopic()).isNull();
        String reported = REFERENCE.replace("A council can change the plan before its vote.",
                "A council can change the plan, the mayor said.").replace("Some cities borrow money to build new parks.",
                "Some cities borrow money for parks, according to the council.");
        Summary r = Precis.summarize(cluster(REPORT, reported, PREVIEW), SummaryOptions.defaults());
        assertThat(r.articles().get(1).offTopic()).isNull();
    }

    @Test
    void aReferencePageAloneIsStillSummarised() {
        Summary s = Precis.summarize(cluster(REFERENCE), SummaryOptions.defaults());
        assertThat(s.articles().get(0).offTopic()).isNull();
        assertThat(s.sentences()).isNotEmpty();
    }
}
