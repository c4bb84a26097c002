package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "the company said", "the statement said": the body the article named just before, when one body of that kind fits. */
class BodyNamesTest {

    private static String speakerOf(String prefix, String article) {
        List<Quote> found = Quotes.find(TestClusters.cluster(article));
        return found.stream().filter(q -> q.text().startsWith(prefix)).findFirst().orElseThrow().speaker();
    }

    @Test
    void theStatementIsTheIssuersJustBefore() {
        assertThat(speakerOf("The pier stays shut", """
                The storm closed the harbour on Monday.
                The pier was damaged overnight, the Harbour Board said in a statement.
                “The pier stays shut until the divers finish their checks,” the statement said.""")).isEqualTo("Harbour Board");
    }

    @Test
    void aStatementOfNoNamedBodyKeepsItsDescription() {
        assertThat(speakerOf("The pier stays shut", """
                The storm closed the harbour on Monday.
                Divers were sent to check the pier overnight.
                “The pier stays shut until the divers finish their checks,” the statement said.""")).isEqualTo("the statement");
    }

    @Test
    void issuerMustBeOneBody() {
        assertThat(BodyNames.issuer("The pier was damaged, the Harbour Board said in a statement. ", Map.of())).isEqualTo("Harbour Board");
        assertThat(BodyNames.issuer("The Tidewater Ferry Company issued a statement on Monday. ", Map.of())).isEqualTo("Tidewater Ferry Company");
        assertThat(BodyNames.issuer("according to a statement from the Harbour Board. ", Map.of())).isEqualTo("Harbour Board");
        assertThat(BodyNames.issuer("according to a statement from US 3rd Ferry Fleet. ", Map.of())).isNull();
        // a person's statement, or two bodies' statements: no body to name
        assertThat(BodyNames.issuer("Ines Okafor said in a statement. ", Map.of("Ines Okafor", 'f'))).isNull();
        assertThat(BodyNames.issuer("the Harbour Board said in a statement, and the Port Council said in a statement too. ", Map.of())).isNull();
    }

    @Test
    void theCompanyFitsAnOrganisationNotAPublicBody() {
        assertThat(BodyNames.fits("company", "Tidewater Ferry Company", Map.of())).isTrue();
        assertThat(BodyNames.fits("company", "Brindlecup", Map.of())).isTrue();
        assertThat(BodyNames.fits("company", "Harbour Police Department", Map.of())).isFalse();
        assertThat(BodyNames.fits("company", "Okafor", Map.of("Okafor", 'f'))).isFalse();
        assertThat(BodyNames.fits("agency", "Coastal Safety Agency", Map.of())).isTrue();
        assertThat(BodyNames.fits("agency", "CSA", Map.of())).isTrue();
        assertThat(BodyNames.fits("agency", "Brindlecup", Map.of())).isFalse();
    }

    @Test
    void aLowerCasedArticleKeepsTheDescription() {
        assertThat(BodyNames.of("the statement", "the pier was damaged, the harbour board said in a statement. ", 62, 0, Map.of()))
                .isNull();
        assertThat(BodyNames.of("the spokesman", "The pier was damaged, the Harbour Board said in a statement. ", 62, 0, Map.of()))
                .isNull();
    }
}
