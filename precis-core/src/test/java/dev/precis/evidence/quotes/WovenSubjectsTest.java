package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.evidence.names.Names;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WovenSubjectsTest {
    /** Names Ana Costa in full in a person's position (an appositive), as news does before it shortens her to "Costa". */
    private static final String INTRO = "The board met the port's mayor, Ana Costa, on Monday.\n";

    private static String last(String article) {
        List<Quote> found = Quotes.find(TestClusters.cluster(article));
        return found.get(found.size() - 1).speaker();
    }

    /** The rule alone, on the writer's words {@code head} before a quote, after {@code context}; no person known by gender or speech. */
    private static String woven(String context, String head) {
        var longest = Names.longestNames(TestClusters.cluster(context + head + "“the old pier cannot stay open.”"));
        return WovenSubjects.speaker(head, context + head, longest, new Speakers.Pronouns("", "", ""), Set.of(), Set.of());
    }

    @Test
    void aSurnameAfterALeadInSpeaksForThePersonNamedInFullBefore() {
        assertThat(last(INTRO + "But in later remarks to The Tribune, Costa softened the tone and said the plan was "
                + "“not a done deal by any means.”")).isEqualTo("Ana Costa");
    }

    @Test
    void aFullNameWithALongAppositiveSpeaksThroughIt() {
        assertThat(woven("", "Boris Lindqvist, a professor in the Harbour School of Engineering at Nordvik University and lead author "
                + "of the survey, said the old pier ")).isEqualTo("Boris Lindqvist");
    }

    @Test
    void anEarlierQuoteInTheSentenceDoesNotHideItsSubject() {
        assertThat(last(INTRO + "Costa, who said last week the board has its “red pen” ready to cut the Harbour Board's budget, "
                + "told the board that “the port cannot wait another year.”")).isEqualTo("Ana Costa");
    }

    @Test
    void aParticipleAfterACommaSpeaksForTheSubject() {
        assertThat(woven(INTRO, "Costa has given credit to the staff for the new berths, telling Harbour Weekly that ")).isEqualTo("Ana Costa");
    }

    @Test
    void theSubjectOfARelativeClauseSpeaksIt() {
        assertThat(woven(INTRO, "The board sent a letter quoting engineer Ana Costa who said ")).isEqualTo("Ana Costa");
    }

    @Test
    void anotherNameBetweenTheSubjectAndTheVerbOwnsTheWords() {
        assertThat(woven(INTRO, "Costa said Boris described the pier as ")).isNull();
    }

    @Test
    void aNameAfterAPrepositionIsNoSubject() {
        assertThat(woven(INTRO, "The board wrote to Costa, saying the pier was ")).isNull();
    }

    @Test
    void aPassiveVerbGivesTheWordsToSomeoneElse() {
        assertThat(woven(INTRO, "Costa was later described by the engineers as ")).isNull();
    }

    @Test
    void aNameTheArticleNeverWroteInFullIsNoGuess() {
        assertThat(woven("", "In later remarks, Costa softened the tone and said the plan was ")).isNull();
    }

    @Test
    void aBodyIsNoPersonSubject() {
        assertThat(woven("Harbour Board Chair Ana Costa opened the meeting.\n",
                "In a statement, the Harbour Board of Nordvik said the pier was ")).isNull();
    }

    @Test
    void aNameSetOffAfterAnotherNounIsNoSubject() {
        assertThat(woven(INTRO, "It is that the paper calls the man who did this, Ana Costa, a reformer, saying ")).isNull();
    }

    @Test
    void aRelativeClauseAfterAPrepositionBelongsToTheNounBeforeIt() {
        assertThat(woven("The mayor of Nordvik Harbour, Ana Costa, spoke.\n",
                "Boris Lind is a close ally of Ana Costa, the mayor of Nordvik Harbour, who described him as ")).isNull();
    }

    @Test
    void aLeadInAfterTheSentenceBeforeIsSkipped() {
        assertThat(woven(INTRO, " In a statement, Costa said the board had informed her that ")).isEqualTo("Ana Costa");
    }

    @Test
    void aNameSetOffAfterTheRoleOpeningTheSentenceIsItsSubject() {
        assertThat(woven(INTRO, "Nordvik's envoy to the board, Ana Costa, stormed out of the session, accusing the engineers of ")).isEqualTo("Ana Costa");
    }

    @Test
    void aSurnameSpeaksForTheFullNameTheArticleWroteLastBeforeIt() {
        assertThat(woven("One member likely to back the plan is the port's deputy mayor, Ana Costa.\n",
                "Costa suggested in a letter last week that the ")).isEqualTo("Ana Costa");
    }

    @Test
    void aFullFormWhoseFirstWordTheArticleWritesLowerCaseIsNoPerson() {
        assertThat(woven("Ferries from the old harbour reach Harbour Nordvik twice a day.\n",
                "Nordvik criticized the plan as ")).isNull();
    }

    @Test
    void aParticipleGovernedByWithSpeaksForItsSubject() {
        assertThat(woven(INTRO, "The board will vote in May, with Costa saying the harbour will handle it ")).isEqualTo("Ana Costa");
    }

    @Test
    void anOutletsPossessiveBeforeTheNameOpensNoOtherClause() {
        assertThat(woven(INTRO, "Even the Nordvik Tribune’s Ana Costa described the pier as ")).isEqualTo("Ana Costa");
    }

    @Test
    void aSurnameTheArticleGivesTwoPersonsIsNoGuess() {
        assertThat(woven("The deputy mayor, Ana Costa, spoke. Her brother, Rui Costa, runs the ferry.\n",
                "Costa suggested in a letter last week that the ")).isNull();
    }

    @Test
    void aPhraseOfTimeWithoutItsCommaOpensTheClause() {
        assertThat(woven(INTRO, "Moments later harbour pilot Ana Costa returned to the microphone and said the pier was ")).isEqualTo("Ana Costa");
    }

    @Test
    void aDayBetweenTheSubjectAndItsVerbIsNoOtherName() {
        assertThat(woven(INTRO, "Costa on Tuesday called the pier ")).isEqualTo("Ana Costa");
    }

    @Test
    void wordsThatOnlyLeadIntoTimeAreNoPhraseOfTime() {
        assertThat(TimePhrases.all("Moments later".split(" "), 0, 2)).isTrue();
        assertThat(TimePhrases.all("On Tuesday".split(" "), 0, 2)).isTrue();
        assertThat(TimePhrases.all("On the pier".split(" "), 0, 3)).isFalse();
        assertThat(TimePhrases.all("On this".split(" "), 0, 2)).isFalse();
    }

    @Test
    void masked() {
        assertThat(WovenSubjects.masked("Costa said her “red pen” was ready and ")).isEqualTo("Costa said her x was ready and ");
    }
}
