package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9, round speak13: a speaker described rather than named; invented sentences. */
class DescribedSpeakersTest {

    private static List<Quote> quotes(String... articles) {
        return Quotes.find(TestClusters.cluster(articles));
    }

    private static Quote quote(List<Quote> qs, String start) {
        return qs.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aRoleRightAfterANamedSpeakerIsThatSpeaker() {
        List<Quote> qs = quotes("The cast took the stage and began their speeches.\n"
                + "\"We made a film about the harbour town,\" Maren Holt said to the audience. \"This is not a joke, come up here now\" the producer added.");
        assertThat(quote(qs, "This is not a joke").speaker()).isEqualTo("Maren Holt");
    }

    @Test
    void aRoleOpeningTheSentenceAfterThePersonNamedBeforeIsThatPerson() {
        List<Quote> qs = quotes("Corinne Vasseur said she had loved presenting the award.\n"
                + "Later that night, Vasseur was not as talkative about the evening.\n"
                + "The presenter told a reporter, \"No, I will not speak about it tonight.\"");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Corinne Vasseur"));
    }

    @Test
    void aDescriptionOfAnotherSexLeavesTheRole() {
        List<Quote> qs = quotes("Mr. Tobias Wren said he would be back next year.\n"
                + "\"We will see about that later on,\" the actress said.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("the actress"));
    }

    @Test
    void aRoleTheTextBroughtInUnnamedStaysUnnamed() {
        List<Quote> qs = quotes("Ruth Calder came home late on Friday. A neighbor said that she nearly fainted at the door.\n"
                + "\"They were all screaming and crying next door,\" the neighbor added.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("the neighbor"));
    }

    @Test
    void aSpokespersonSpeaksForThePersonNamedNotAsThem() {
        List<Quote> qs = quotes("Owen Prytherch denied the report on Monday.\n"
                + "\"The conversation never happened at all,\" the spokesperson said.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("the spokesperson"));
    }

    @Test
    void aLongerDescriptionIsNotAnotherPersonsShorterOne() {
        List<Quote> qs = quotes("Best supporting actor nominee Dario Fenn walks past.\n"
                + "Meanwhile, Pell Ashgrove leans against the wall with a program in hand. He looks calm. "
                + "\"Nothing to worry about tonight at all,\" the best actor nominee says.",
                "Pell Ashgrove said he was happy to be nominated.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Pell Ashgrove"));
    }

    @Test
    void anAgeIsThePersonTheTextGaveThatAge() {
        List<Quote> qs = quotes("Odell Maddox, 71, spoke to a crowd on Friday. The rally ended early, according to Maddox.\n"
                + "The 71-year-old added: \"I want them to leave my land alone for good.\"");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Odell Maddox"));
    }

    @Test
    void aPersonNamedThreeSentencesBackIsNotTheOneDescribed() {
        List<Quote> qs = quotes("\"I am amazed at our need to push back,\" wrote Irma Castell, the former clinical director.\n"
                + "Other notes show a careless tone. In one, a surgeon sought advice on treating a patient. "
                + "\"It feels like sleeping on a bed of nails,\" the doctor wrote.");
        assertThat(quote(qs, "It feels like").speaker()).isNotEqualTo("Irma Castell");
    }
}
