package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "“...,” it said" gives the body that spoke just before; after a person, or nobody, it stays unattributed. */
class ItCreditsTest {

    private static String speakerOf(String prefix, String article) {
        List<Quote> found = Quotes.find(TestClusters.cluster(article));
        return found.stream().filter(q -> q.text().startsWith(prefix)).findFirst().orElseThrow().speaker();
    }

    @Test
    void itAfterABodySpokeIsThatBody() {
        assertThat(speakerOf("Ferries will sail", """
                The storm closed the harbour on Monday.
                “We have closed the pier until the divers finish their checks,” the Harbour Board said in a statement.
                “Ferries will sail again as soon as the pier is safe for passengers,” it said.""")).isEqualTo("Harbour Board");
    }

    @Test
    void itAfterAPersonSpokeStaysUnattributed() {
        assertThat(speakerOf("Ferries will sail", """
                The storm closed the harbour on Monday.
                “We have closed the pier until the divers finish their checks,” Mayor Ines Okafor said on Monday.
                “Ferries will sail again as soon as the pier is safe for passengers,” it said.""")).isEmpty();
    }

    @Test
    void itIsReadWhereNoFormCreditedAnyoneOrOneReadItAsNoOne() {
        assertThat(Speakers.person("it", Map.of(), new Speakers.Pronouns("", "", ""))).isEmpty(); // ", it said" reaches ItCredits as ""
        assertThat(ItCredits.namesNoOne("")).isTrue();
        assertThat(ItCredits.namesNoOne(null)).isTrue();
        assertThat(ItCredits.namesNoOne("Ines Okafor")).isFalse();
    }

    @Test
    void theCreditMustBeIt() {
        String cased = "The pier, the Harbour Board said, is closed.";
        assertThat(ItCredits.body(null, "", ", it added.", cased, Map.of(), "Harbour Board")).isEqualTo("Harbour Board");
        assertThat(ItCredits.body(null, "", ", it said in a statement.", cased, Map.of(), "Harbour Board")).isEqualTo("Harbour Board");
        assertThat(ItCredits.body(null, "It said on Friday, ", "", cased, Map.of(), "the report")).isEqualTo("the report");
        assertThat(ItCredits.body(null, "", ", they added.", cased, Map.of(), "Harbour Board")).isNull();
        assertThat(ItCredits.body(null, "", ", it added.", cased, Map.of("Okafor", 'f'), "Okafor")).isNull();
        // "it says the ferries ..." opens a sentence of the writer's; a lower-cased paragraph hides who spoke before
        assertThat(ItCredits.body(null, "", " it says the ferries will wait.", cased, Map.of(), "Harbour Board")).isNull();
        assertThat(ItCredits.body(null, "", ", it added.", "the pier, the harbour board said, is closed.", Map.of(), "Harbour Board")).isNull();
    }
}
