package dev.precis.select;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DefiniteOpeningTest {
    @Test
    void theNounOfADefiniteSubjectFollowedByItsVerbOrAComma() {
        assertThat(DefiniteOpening.noun("The team found that five portions a day reduced the risk.")).isEqualTo("team");
        assertThat(DefiniteOpening.noun("The gushy profile, published online Thursday, details her story.")).isEqualTo("profile");
        assertThat(DefiniteOpening.noun("The circuit needed to be compact and light.")).isEqualTo("circuit");
        assertThat(DefiniteOpening.noun("The antecedent is the setup, telling a child what to do.")).isEqualTo("antecedent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The team found that five portions a day reduced the risk.",
            "The researchers found these cases while examining the remains.",
            "The 41-year-old rhino had been under care for an infection.", "The couple said they would appeal."})
    void definiteNounsThatPointBack(String s) {
        assertThat(DefiniteOpening.noun(s)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The National Labor Relations Board ruled on Wednesday.", "The bodies of two climbers were found in Tibet.",
            "A berm collapsed at the plant on Sunday.",
            "The man who killed four people was arrested on Friday.",
            "The bodies of two climbers were found in Tibet on Monday.", "The decision by a regional director surprised the school."})
    void subjectsThatSayWhatTheyAre(String s) {
        assertThat(DefiniteOpening.noun(s)).isNull();
    }

    @Test
    void aSourceNamedOnlyByADefiniteNounPointsBack() {
        assertThat(DefiniteOpening.noun("According to the Medium post, which has since been taken down, Enoch is Mike Peinovich.")).isEqualTo("post");
        assertThat(DefiniteOpening.noun("In the research, published on Thursday, the estimate is 7.8 million deaths.")).isEqualTo("research");
        assertThat(DefiniteOpening.noun("According to the National Weather Service, the storm will pass by noon.")).isNull();
        assertThat(DefiniteOpening.noun("In the meantime, the storm will pass by noon.")).isNull();
    }

    @Test
    void aSpeakerNamedOnlyByADefiniteNounPointsBack() {
        assertThat(DefiniteOpening.noun("Smith, 31, will remain in jail without bond, the judge said.")).isEqualTo("judge");
        assertThat(DefiniteOpening.noun("\"The burials show cancer in young adults,\" the authors wrote.")).isEqualTo("authors");
        assertThat(DefiniteOpening.noun("\"We never expected it,\" said the couple.")).isEqualTo("couple");
        assertThat(DefiniteOpening.noun("A security official said the suspect was arrested on Sunday.")).isNull();
        assertThat(DefiniteOpening.noun("Police said the man fled on a bicycle.")).isNull();
        assertThat(DefiniteOpening.noun("\"We will appeal,\" the company said on Monday.")).isNull();
    }

    @Test
    void aDocumentAsTheSpeakerPointsBackToWhereItWasIntroduced() {
        assertThat(DefiniteOpening.noun("\u201cThe pier will reopen in May,\u201d said the message.")).isEqualTo("message");
        assertThat(DefiniteOpening.noun("The harbour fees will rise in June, the letter said.")).isEqualTo("letter");
        assertThat(DefiniteOpening.noun("Police said the letter was sent to every household.")).isNull();
    }

    @Test
    void aStepThatComesAsSomethingElseHappensWasToldBefore() {
        assertThat(DefiniteOpening.noun("The rare step by the panel comes a day before the hearing.")).isEqualTo("step");
        assertThat(DefiniteOpening.noun("The move came amid protests outside the embassy.")).isEqualTo("move");
        assertThat(DefiniteOpening.noun("The storm that came ashore on Monday flooded the port.")).isNull();
    }

    @Test
    void aDefiniteSubjectAfterAnOpeningClausePointsBack() {
        assertThat(DefiniteOpening.noun("When pressure is applied, the ink becomes more conductive.")).isEqualTo("ink");
        assertThat(DefiniteOpening.noun("After the rain stopped, the harbour was reopened to all boats.")).isEqualTo("harbour");
        assertThat(DefiniteOpening.noun("When the rain stopped, the mayor of Springfield resigned.")).isNull();
        assertThat(DefiniteOpening.noun("On Monday, the harbour was closed to all boats.")).isNull();
    }

    @Test
    void aPersonNamedOnlyAsTheOwnerOfSomethingPointsBack() {
        assertThat(DefiniteOpening.noun("Everyone talked about the model’s diamond ring at the gala.")).isEqualTo("model");
        assertThat(DefiniteOpening.noun("Everyone talked about the city's new bridge.")).isNull();
    }

    @Test
    void anOpeningClauseThatCitesADefiniteSourcePointsBack() {
        assertThat(DefiniteOpening.noun("Introducing the clip, which can be found online, Smith said his wife was proud of it.")).isEqualTo("clip");
        assertThat(DefiniteOpening.noun("Describing the harbour at dawn, Smith said the boats were gone.")).isNull();
    }

    @Test
    void anArticlesFirstSentenceOpensAStory() {
        dev.precis.model.ClusterText text = dev.precis.TestClusters.cluster("The city council voted to close the old bridge on Monday. "
                + "The city council voted again on Friday. The team found cracks in the bridge.");
        assertThat(DefiniteOpening.noun(text.sentence(0))).isNull();
        assertThat(DefiniteOpening.noun(text.sentence(1))).isEqualTo("council");
        assertThat(DefiniteOpening.noun(text.sentence(2))).isEqualTo("team");
    }

    @Test
    void singularAndPluralAreOneNoun() {
        assertThat(DefiniteOpening.stem("victims")).isEqualTo(DefiniteOpening.stem("victim"));
        assertThat(DefiniteOpening.stem("studies")).isEqualTo(DefiniteOpening.stem("study"));
        assertThat(DefiniteOpening.stem("press")).isEqualTo("press");
    }
}
