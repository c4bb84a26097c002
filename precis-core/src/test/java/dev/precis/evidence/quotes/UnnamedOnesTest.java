package dev.precis.evidence.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnnamedOnesTest {
    // the tails start right after the closing quote mark, as Quotes cuts them

    @Test
    void oneOrAnotherBeforeTheVerbIsTheSpeaker() {
        assertThat(UnnamedOnes.speaker(" one ferry captain told the harbour master before the vote.")).isEqualTo("one ferry captain");
        assertThat(UnnamedOnes.speaker(" another dock worker asked the mayor.")).isEqualTo("another dock worker");
        assertThat(UnnamedOnes.speaker(" as one local fisherman described it.")).isEqualTo("one local fisherman");
    }

    @Test
    void theVerbFirstThenTheRoleUpToAClauseOfTime() {
        assertThat(UnnamedOnes.speaker(" said one visibly tired diver after climbing back onto the pier."))
                .isEqualTo("one visibly tired diver");
        // whom the words were told to is no speaker
        assertThat(UnnamedOnes.speaker(" she told a reporter after the meeting.")).isNull();
        assertThat(UnnamedOnes.speaker(" told a reporter after the meeting.")).isNull();
    }

    @Test
    void aDefiniteRoleOrANameIsLeftToTheOtherForms() {
        assertThat(UnnamedOnes.speaker(" said the harbour master after the vote.")).isNull();
        assertThat(UnnamedOnes.speaker(" Ana Costa said.")).isNull();
    }

    @Test
    void throughQuotes() {
        assertThat(Quotes.find(dev.precis.TestClusters.cluster("The ferry stopped at noon.\n"
                + "“We have never seen the water this low,” one ferry captain told the harbour master.")))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("one ferry captain"));
    }
}
