package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Citation;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuotesTest {

    private static List<Quote> quotes(String... articles) {
        return Quotes.find(TestClusters.cluster(articles));
    }

    private static String speaker(String article) {
        List<Quote> found = quotes(article);
        assertThat(found).as(article).hasSize(1);
        return found.get(0).speaker();
    }

    @Test
    void speakerAfterTheQuote() {
        assertThat(speaker("\"We will rebuild the whole port,\" Ana Costa said.")).isEqualTo("Ana Costa");
        assertThat(speaker("“We will rebuild the whole port,” Ana Costa said.")).isEqualTo("Ana Costa");
    }

    @Test
    void aQuotationOverSeveralParagraphsKeepsItsSpeaker() {
        // each paragraph but the last is left open, in news style: the speaker goes on until the quotation closes
        List<Quote> found = quotes("“We will rebuild the whole port,” Ana Costa said.\n"
                + "“It will take two years and the money of every single berth holder.\n"
                + "“But we will not give up on the harbour that made this town.”");
        assertThat(found).last().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
        // a paragraph of the writer's in between ends the quotation
        found = quotes("“We will rebuild the whole port,” Ana Costa said.\n"
                + "The port was shut in May after the storm.\n"
                + "“It will take two years and the money of every single berth holder.\n"
                + "“But we will not give up on the harbour that made this town.”");
        assertThat(found).last().satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    @Test
    void speakerAfterTheVerb() {
        assertThat(speaker("\"We will rebuild the whole port,\" said Ana Costa, the mayor.")).isEqualTo("Ana Costa");
    }

    @Test
    void speakerBeforeTheQuote() {
        assertThat(speaker("Ana Costa told reporters: \"We will rebuild the whole port.\"")).isEqualTo("Ana Costa");
    }

    @Test
    void toldReportersWithALastNameGivesTheFullName() {
        assertThat(quotes("The port was shut, said Ana Costa on Monday.\n\"We will rebuild the whole port,\" Costa told reporters."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
    }

    @Test
    void aParticipleOfSpeechSpeaksForTheSentenceSubject() {
        assertThat(speaker("Harbour Trust runs the port under a strict code, boasting on its website that "
                + "\u201cHarbour Trust has never closed a single berth.\u201d")).isEqualTo("Harbour Trust");
        assertThat(speaker("According to the lawsuit, Costa, 36, shouted at the guards before leaving, saying she was "
                + "\u201ca very important person in this town.\u201d")).isEqualTo("Costa");
        // no participle of speech: the subject is not the speaker
        assertThat(speaker("Harbour Trust runs the port under a strict code, which its critics call "
                + "\u201cthe rules of a very old club.\u201d")).isEmpty();
    }

    @Test
    void aTitleAbbreviationDoesNotEndTheSentence() {
        assertThat(speaker("\"We searched the whole bay all night,\" Harbour Police Lt. Ana Costa said in a post."))
                .isEqualTo("Ana Costa");
        assertThat(speaker("\"We searched the whole bay all night,\" Capt. Ana Costa of the Harbour Police said."))
                .isEqualTo("Ana Costa");
    }

    @Test
    void aPartyParenthesisStandsBetweenNameAndVerb() {
        assertThat(speaker("\"We will rebuild the whole port,\" Sen. Ana Costa (D-Calif.) said.")).isEqualTo("Ana Costa");
        assertThat(speaker("Sen. Ana Costa (D-Calif.) said, \"We will rebuild the whole port.\"")).isEqualTo("Ana Costa");
    }

    @Test
    void aQuoteAfterTheSpeakersAgeGoesOnFromTheSpeaker() {
        assertThat(quotes("\u201cI wanted to see the harbour again,\u201d said Mr. Costa, 41. \u201cI just wanted to see it with my own eyes.\u201d"))
                .extracting(Quote::speaker).containsExactly("Costa", "Costa");
    }

    @Test
    void aSpeakerWhoseVerbFollowsTheDayIsTheReferentOfHe() {
        assertThat(quotes("The port did not call in more staff, Officer Paulo Costa on Monday said.\n"
                + "\"It was business as usual at the harbour,\" he said."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Paulo Costa"));
    }

    @Test
    void aRoleWithoutItsClosingCommaStillNamesTheSpeaker() {
        assertThat(speaker("Paulo Costa, a neighbor said, \"It would be the same if the harbour had burned.\""))
                .isEqualTo("Paulo Costa");
    }

    @Test
    void aCapitalisedOpenerIsNoSpeaker() {
        assertThat(speaker("Already, Rep. Paulo Costa, chairman of the harbour board, has asked the port to provide "
                + "\"every note and recording about the fire.\"")).isEqualTo("Paulo Costa");
        assertThat(speaker("Others, including Sen. Ana Costa, who sits on the harbour board, had said earlier that there would be "
                + "\"no hearing and no vote on the port.\"")).isEqualTo("Ana Costa");
    }

    @Test
    void aRoleIsKeptInLowerCase() {
        assertThat(speaker("\"We will rebuild the whole port,\" the mayor said.")).isEqualTo("the mayor");
    }

    @Test
    void sheIsThePersonNamedInThePreviousParagraph() {
        assertThat(speaker("Mayor Ana Costa visited the docks on Tuesday.\n\"The damage is far worse than we feared,\" she said."))
                .isEqualTo("Ana Costa");
    }

    @Test
    void heIsThePersonTheClusterCallsMr() {
        List<Quote> found = quotes("Ms Ana Costa and Mr Daniel Brandt toured the docks, Costa said she was shocked.\n"
                + "Brandt said his team would help.\n"
                + "\"We will send every crew we have,\" he said.");
        assertThat(found).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Daniel Brandt"));
    }

    @Test
    void aPartialQuoteTakesTheSpeakerOfTheWritersSentence() {
        assertThat(quotes("Ana Costa described it as \"a failure we will not allow\" in her speech."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("a failure we will not allow");
                    assertThat(q.speaker()).isEqualTo("Ana Costa");
                });
    }

    @Test
    void anUnattributedQuoteHasAnEmptySpeaker() {
        assertThat(speaker("\"We will rebuild the whole port.\"")).isEmpty();
    }

    @Test
    void shortQuotesAreNotQuotes() {
        assertThat(quotes("\"Not now,\" Ana Costa said.")).isEmpty();
    }

    @Test
    void theTextAndCitationSpanTheWordsInsideTheMarks() {
        String article = "\"We will rebuild the whole port,\" Ana Costa said.";
        Quote q = quotes(article).get(0);
        assertThat(q.text()).isEqualTo("We will rebuild the whole port");
        Citation c = q.citations().get(0);
        assertThat(article.substring(c.start(), c.end())).isEqualTo(q.text());
    }

    @Test
    void theSameQuoteInTwoArticlesIsOneQuoteWithBothCitations() {
        assertThat(quotes("\"We will rebuild the whole port,\" Ana Costa said.", "\"We will rebuild the whole port,\" said Ana Costa."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Ana Costa");
                    assertThat(q.citations()).extracting(Citation::article).containsExactly(0, 1);
                });
    }

    @Test
    void keyIgnoresCaseSpacingAndPunctuation() {
        assertThat(Quotes.key("We can't, won't STOP.")).isEqualTo(Quotes.key("we cant wont stop"));
        assertThat(Quotes.key("we cannot")).isNotEqualTo(Quotes.key("we can"));
    }

    @Test
    void theSchoolOrFirmBeforeAnOfficeAndANameIsNotTheSpeaker() {
        assertThat(speaker("\"It is the longstanding position of the harbour board,\" said Harbour law professor Ana Costa, a former official."))
                .isEqualTo("Ana Costa");
        assertThat(speaker("\"The line got off to a strong start,\" said Harbour spokesman Joao Reis."))
                .isEqualTo("Joao Reis");
        // a name then a lower-case word that is no office: the name speaks
        assertThat(speaker("\"The line got off to a strong start,\" said Ana Costa on Monday.")).isEqualTo("Ana Costa");
    }

    @Test
    void aPlaceInsideTheSubjectsAppositivesIsNotTheSpeaker() {
        assertThat(quotes("Ana Costa, a forecaster with the 15th Squadron at Joint Base Harbour, Hawaii, explains how it works.\n"
                + "\u201cWe will rebuild the whole port,\u201d she said."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
    }

    @Test
    void aNameRightAfterOfIsAPlaceNotTheSpeaker() {
        assertThat(speaker("The No. 2 leader, Majority Whip Ana Costa of Texas, said likewise: \u201cThis is not about the personality.\u201d"))
                .isEqualTo("Ana Costa");
    }

    @Test
    void aRoleSpeakerIsThePersonTheArticleGaveThatRoleBeforeTheSurname() {
        assertThat(quotes("Ana Costa said the port was shut. Later, President Costa toured the harbour.\n"
                + "\"We will rebuild the whole port,\" the president said."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
    }

    @Test
    void theSubjectPastALongAppositiveOrALeadInWithANumberIsWhomHeStandsFor() {
        List<Quote> found = quotes("Lt. Gen. Ana Costa, the head of the Northern Fleet, the Harbor Guard and the U.S. Coast Patrol, "
                + "explained the drills to the crews.\n“We must be ready to sail every single day,” she said.");
        assertThat(found).last().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
        found = quotes("One day in 2007, Ana Costa, who runs the harbour, sat down at the quay.\n"
                + "“I wondered why the boats had all gone out,” she says.");
        assertThat(found).last().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
    }

    @Test
    void pastALongAppositiveOnlyTheFullNameTheClusterGivesIsTheSubject() {
        // "Harbor" glued to the name: the cluster never gives the person that way in a person's position
        List<Quote> found = quotes("Ana Costa runs the port.\nHarbor Ana Costa, the head of the fleet, the guard and the patrol, "
                + "explained the drills.\n“We must be ready to sail every single day,” she said.");
        assertThat(found).last().satisfies(q -> assertThat(q.speaker()).isNotEqualTo("Harbor Ana Costa"));
    }
}
