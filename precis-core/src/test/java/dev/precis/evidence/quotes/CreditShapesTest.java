package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9, round speak15: shapes of a credit after the quote that hid its speaker; invented sentences. */
class CreditShapesTest {

    private static List<Quote> quotes(String... articles) {
        return Quotes.find(TestClusters.cluster(articles));
    }

    private static String speaker(List<Quote> qs, String start) {
        return qs.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow().speaker();
    }

    @Test
    void aRanksAbbreviationInsideTheRunIsFollowedByTheName() {
        List<Quote> qs = quotes("Twenty swimmers were pulled from the cold water on Tuesday.\n"
                + "\"We would not advise a group this big to go in with those waves,\" said Harbor City Lifeguard Lt. Marta Quill.");
        assertThat(speaker(qs, "We would not advise")).isEqualTo("Marta Quill");
    }

    @Test
    void aRunLongerThanANamePhraseEndsOnThePerson() {
        List<Quote> qs = quotes("The judge is not without supporters in the county.\n"
                + "\"I think the sentence is fair and measured,\" said Upper Dover County Public Defender Ina Lowell.");
        assertThat(speaker(qs, "I think the sentence")).isEqualTo("Ina Lowell");
    }

    @Test
    void anyVerbInThePastBeforeANameAfterTheQuoteCreditsIt() {
        List<Quote> qs = quotes("Members of the caucus met on Monday.\n"
                + "\"This deal trades our future for a few votes,\" ripped Rep. Tomas Ardell (D-Ore.), co-chair of the caucus.\n"
                + "\"I never did like the plan with its hidden costs,\" wrote Dora Venn. "
                + "\"The plan was known long before it was signed,\" countered Bo Lindqvist.");
        assertThat(speaker(qs, "This deal trades")).isEqualTo("Tomas Ardell");
        assertThat(speaker(qs, "The plan was known")).isEqualTo("Bo Lindqvist");
    }

    @Test
    void aRoleEndsBeforeTheVerbsLeadingToTheSpeechVerb() {
        List<Quote> qs = quotes("The envelope held the wrong card, and the hall went quiet.\n"
                + "\"There has been a mistake with the card,\" the accountant from Pryce Audits jumps up and says.");
        assertThat(speaker(qs, "There has been a mistake")).isEqualTo("the accountant from Pryce Audits");
    }

    @Test
    void anIndefiniteRoleANameQualifiesIsTheSpeakerNotTheName() {
        List<Quote> qs = quotes("Mira Harlan wants to make a point to the White House this week.\n"
                + "\"I think she will keep the bill alive even if she votes against it,\" predicted one Harlan confidante.");
        assertThat(speaker(qs, "I think she will keep")).isEqualTo("one Harlan confidante");
    }
}
