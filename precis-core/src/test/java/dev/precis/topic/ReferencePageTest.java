package dev.precis.topic;

import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page on the story's subject that tells no news: a reference page. */
class ReferencePageTest {
    private static final String BUDGET_1 = "The mayor presented a city budget that cuts bus fares and raises spending on parks, officials said on Thursday. "
            + "The budget plan would lower the bus fare to one dollar and pay for twelve new parks across the city. "
            + "Council members said they would vote on the mayor's budget plan next month.";
    private static final String BUDGET_2 = "The city council will vote next month on the mayor's budget, which lowers bus fares and builds new parks. "
            + "The mayor told the council on Thursday that the budget plan pays for the cheaper bus fare with a hotel tax. "
            + "Opponents said the budget plan spends too much on parks.";
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

    private static Cluster cluster(String... texts) {
        List<Article> as = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) as.add(Article.of("a" + (i + 1), texts[i]));
        return new Cluster("c", as);
    }

    @Test
    void aReferencePageOnTheSubjectIsMarkedAndGivesNothing() {
        Summary s = Precis.summarize(cluster(BUDGET_1, REFERENCE, BUDGET_2), SummaryOptions.defaults());
        assertThat(s.articles().get(1).offTopic()).startsWith(ReferencePage.REASON + ": 3 question headings");
        for (SummarySentence ss : s.sentences()) assertThat(ss.text()).doesNotContain("This page explains");
    }

    @Test
    void aPageWithQuestionsThatReportsAnEventIsNotAReferencePage() {
        String dated = REFERENCE.replace("A budget plan usually covers one year.",
                "The mayor presented this year's plan on Thursday.");
        Summary s = Precis.summarize(cluster(BUDGET_1, dated, BUDGET_2), SummaryOptions.defaults());
        assertThat(s.articles().get(1).offTopic()).isNull();
        String reported = REFERENCE.replace("A council can change the plan before its vote.",
                "A council can change the plan, the mayor said.").replace("Some cities borrow money to build new parks.",
                "Some cities borrow money for parks, according to the council.");
        Summary r = Precis.summarize(cluster(BUDGET_1, reported, BUDGET_2), SummaryOptions.defaults());
        assertThat(r.articles().get(1).offTopic()).isNull();
    }

    @Test
    void aReferencePageAloneIsStillSummarised() {
        Summary s = Precis.summarize(cluster(REFERENCE), SummaryOptions.defaults());
        assertThat(s.articles().get(0).offTopic()).isNull();
        assertThat(s.sentences()).isNotEmpty();
    }
}
