package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccordingToTest {

    private static String only(String article) {
        List<Quote> found = Quotes.find(TestClusters.cluster(article));
        assertThat(found).hasSize(1);
        return found.get(0).speaker();
    }

    @Test
    void aBodyNamedWithItsArticleGivesTheQuote() {
        assertThat(only("Keep seeds dry. “Seeds stored in a damp shed will rot before the spring comes,” according to the "
                + "U.S. Seed Bank Office of Storage and Care.")).isEqualTo("U.S. Seed Bank Office of Storage and Care");
        assertThat(only("Keep seeds dry. “Seeds stored in a damp shed will rot before the spring comes,” according to the NSBA."))
                .isEqualTo("NSBA");
    }

    @Test
    void aBodyNamedThroughWhatItIssuedGivesTheQuote() {
        assertThat(only("The ferry ran aground. “The hull was breached below the water line near the bow,” according to a "
                + "statement from Coast Guard District 9.")).isEqualTo("Coast Guard District 9");
        assertThat(only("The ferry ran aground. “The hull was breached below the water line near the bow,” according to a "
                + "report in The Harbor Gazette.")).isEqualTo("The Harbor Gazette");
    }

    @Test
    void aDocumentOrAPartOfABodyIsNoSpeaker() {
        assertThat(only("The ferry ran aground. “The hull was breached below the water line near the bow,” according to "
                + "the lawsuit.")).isEmpty();
        assertThat(only("The ferry ran aground. “The hull was breached below the water line near the bow,” according to "
                + "the Harbor Board's Safety Manual.")).isEmpty();
        assertThat(only("The ferry ran aground. “The hull was breached below the water line near the bow,” according to a "
                + "news release from the Lake County Sheriff’s Office.")).isEmpty();
    }

    @Test
    void theFormsReadDirectly() {
        assertThat(AccordingTo.body("the USDA")).isEqualTo("USDA");
        assertThat(AccordingTo.body("a report in the Daily Star")).isEqualTo("Daily Star");
        assertThat(AccordingTo.body("the statement")).isNull();
        assertThat(AccordingTo.body("Ana Costa")).isNull();
    }
}
