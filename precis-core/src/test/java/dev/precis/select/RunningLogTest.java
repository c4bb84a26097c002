package dev.precis.select;

import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import org.junit.jupiter.api.Test;

import static dev.precis.BudgetStory.PREVIEW;
import static dev.precis.BudgetStory.REPORT;
import static dev.precis.BudgetStory.cluster;
import static org.assertj.core.api.Assertions.assertThat;

class RunningLogTest {
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
        Summary s = Precis.summarize(cluster(REPORT, LIVE, PREVIEW),
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
