package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Near credits that session 20 found missing on the tune part (branch miss20): each mechanism on a fixture of its own. */
class NearCreditsTest {

    private static List<Quote> quotes(String article) {
        return Quotes.find(TestClusters.cluster(article));
    }

    @Test
    void aStraightQuoteClosedByTwoApostrophesKeepsItsCredit() {
        List<Quote> found = quotes("The family teaches its own children at home.\n\n"
                + "\"We never had a grand plan for any of this,'' said Orla Brennick, 41, a nurse. \"It simply grew as they did.\"\n\n"
                + "\"They pick what they read and we follow them wherever it goes,'' Tomas Brennick said.");
        assertThat(found).extracting(Quote::text).containsExactly("We never had a grand plan for any of this",
                "It simply grew as they did.", "They pick what they read and we follow them wherever it goes");
        assertThat(found).extracting(Quote::speaker).containsExactly("Orla Brennick", "Orla Brennick", "Tomas Brennick");
    }

    @Test
    void twoApostrophesInsideAWordOrOpeningOneCloseNothing() {
        List<Quote> found = quotes("\"The ''new'' plan leaves the old one standing in every way,\" Orla Brennick said.");
        assertThat(found).extracting(Quote::text).containsExactly("The ''new'' plan leaves the old one standing in every way");
    }
}
