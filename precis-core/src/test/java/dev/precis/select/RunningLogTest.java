package dev.precis.select;

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

class RunningLogTest {
    private static final String BUDGET_1 = "The mayor presented a city budget that cuts bus fares and raises spending on parks, officials said on Thursday. "
            + "The budget plan would lower the bus fare to one dollar and pay for twelve new parks across the city. "
            + "Council members said they would vote on the mayor's budget plan next month.";
    private static final String BUDGET_2 = "The city council will vote next month on the mayor's budget, which lowers bus fares and builds new parks. "
            + "The mayor told the council on Thursday that the budget plan pays for the cheaper bus fare with a hotel tax. "
            + "Opponents said the budget plan spends too much on parks.";
    private static final String LIVE = "The mayor speaks to the council about the city budget tonight; I am following the speech here.\n\n"
            + "7.02 pm. The mayor opens with the bus fare, as I expected it would be.\n\n"
            + "7.09 pm. A dollar bus fare for every single rider in the city.\n\n"
            + "7.15 pm. My own view is that the parks plan is the budget's best idea.\n\n"
            + "7.21 pm. Parks in every district, a promise for the whole council.\n\n"
            + "7.30 pm. I think the hotel tax line will be the one the opponents remember.";
    private static final String TIMELINE = "The council meeting on the city budget ran late into the night.\n\n"
            + "7.02 pm. The mayor opened the meeting with the bus fare plan.\n\n"
            + "7.15 pm. Council members asked how the new parks would be paid for.\n\n"
            + "7.30 pm. The mayor said a hotel tax would pay for the cheaper fare.\n\n"
            + "8.05 pm. The council adjourned without a vote on the budget.";

    private static Cluster cluster(String... texts) {
        List<Article> as = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) as.add(Article.of("a" + (i + 1), texts[i]));
        return new Cluster("c", as);
    }

    @Test
    void aFirstPersonLiveBlogIsOneButATimedLogOfNewsIsNot() {
        assertThat(RunningLog.is(LIVE)).isTrue();
        assertThat(RunningLog.is(TIMELINE)).isFalse();
        String quoted = TIMELINE.replace("opened the meeting with", "said \"I open with\"")
                .replace("asked how", "asked \"how will my district pay\" and how");
        assertThat(RunningLog.is(quoted)).isFalse();
        assertThat(RunningLog.is(LIVE.replace("7.", "Then at 7."))).isFalse();
    }

    @Test
    void aLiveBlogBesideTheStoryGivesNoSentenceButStaysOnTopic() {
        Summary s = Precis.summarize(cluster(BUDGET_1, LIVE, BUDGET_2),
                SummaryOptions.defaults());
        assertThat(s.articles()).allSatisfy(a -> assertThat(a.offTopic()).isNull());
        assertThat(s.sentences()).isNotEmpty();
        for (SummarySentence ss : s.sentences()) {
            assertThat(ss.text()).doesNotContain("every single rider").doesNotContain("My own view").doesNotContain("I think");
        }
    }

    @Test
    void aLiveBlogAloneIsStillSummarised() {
        Summary s = Precis.summarize(cluster(LIVE), SummaryOptions.defaults());
        assertThat(s.sentences()).isNotEmpty();
    }
}
