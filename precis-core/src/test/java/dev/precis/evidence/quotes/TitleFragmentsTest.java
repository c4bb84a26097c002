package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9, round wrong18: a capitalised run that is no name is no speaker; invented speakers and sentences. */
class TitleFragmentsTest {

    @Test
    void headlineWordsContractionsAndSentenceOpenersAreFragments() {
        assertThat(TitleFragments.isFragment("Winter That Changed Harlan")).isTrue();
        assertThat(TitleFragments.isFragment("Tides From The Northern Shelf")).isTrue();
        assertThat(TitleFragments.isFragment("Harbour Lights Ferry Winter Schedule Update")).isTrue();
        assertThat(TitleFragments.isFragment("They’ll")).isTrue();
        assertThat(TitleFragments.isFragment("Can't")).isTrue();
        assertThat(TitleFragments.isFragment("Between")).isTrue();
        assertThat(TitleFragments.isFragment("Another")).isTrue();
        assertThat(TitleFragments.isFragment("Meanwhile")).isTrue();
    }

    @Test
    void namesAndDescriptionsStand() {
        assertThat(TitleFragments.isFragment("Ha In Sook")).isFalse();
        assertThat(TitleFragments.isFragment("The Harbour Courier")).isFalse();
        assertThat(TitleFragments.isFragment("Court of Appeal")).isFalse();
        assertThat(TitleFragments.isFragment("Ivo O’Marsh")).isFalse();
        assertThat(TitleFragments.isFragment("Said")).isFalse();
        assertThat(TitleFragments.isFragment("Marsh")).isFalse();
        assertThat(TitleFragments.isFragment("the other")).isFalse();
        assertThat(TitleFragments.isFragment(null)).isFalse();
    }

    @Test
    void aQuoteCreditedToAFragmentKeepsNoSpeaker() {
        List<Quote> found = Quotes.find(TestClusters.cluster("Meanwhile, the ferry line stopped its winter crossings to Tromsdal. "
                + "Can't said, “We will not sail again until the storms are over and the harbour is repaired.”"));
        assertThat(found).isNotEmpty();
        assertThat(found.get(found.size() - 1).speaker()).isEmpty();
    }
}
