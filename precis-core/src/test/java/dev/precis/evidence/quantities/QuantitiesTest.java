package dev.precis.evidence.quantities;

import dev.precis.TestClusters;
import dev.precis.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuantitiesTest {

    private static List<Quantities.Mention> mentions(String text) {
        Sentence s = TestClusters.sentence(0, 0, 0, 0, text.length(), text);
        List<Quantities.Mention> out = new ArrayList<>();
        Quantities.find(s, out);
        return out;
    }

    private static Quantities.Mention only(String text) {
        List<Quantities.Mention> found = mentions(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void aTollWithQualifierNounAndSpan() {
        Quantities.Mention m = only("At least 12 civilians were killed in the strike.");
        assertThat(m.value()).isEqualTo(12);
        assertThat(m.number()).isEqualTo("at least 12");
        assertThat(m.qualifier()).isEqualTo(Quantities.Qualifier.LOWER);
        assertThat(m.unit()).isEqualTo("deaths");
        assertThat(m.noun()).isEqualTo("civilians");
        assertThat(m.scope()).isEqualTo(Quantities.Scope.EVENT);
        assertThat(m.wording()).isEqualTo("At least 12 civilians");
        assertThat(m.start()).isZero();
        assertThat(m.end()).isEqualTo("At least 12 civilians".length());
    }

    @Test
    void qualifiersSetTheDirection() {
        assertThat(only("Nearly 2,000 people are missing after the flood.").qualifier()).isEqualTo(Quantities.Qualifier.UPPER);
        assertThat(only("About 20 percent of voters agreed.").qualifier()).isEqualTo(Quantities.Qualifier.APPROX);
        assertThat(only("Eighteen aid trucks reached the town.").qualifier()).isEqualTo(Quantities.Qualifier.EXACT);
    }

    @Test
    void theOutcomeNamesWhatHappenedToThePeopleCounted() {
        assertThat(only("Nearly 2,000 people are missing after the flood.").unit()).isEqualTo("missing");
        Quantities.Mention injured = only("The blast injured more than 200, officials said.");
        assertThat(injured.unit()).isEqualTo("injured");
        assertThat(injured.value()).isEqualTo(200);
    }

    @Test
    void wordNumbersMoneyAndPercentages() {
        Quantities.Mention homes = only("Two dozen homes burned.");
        assertThat(homes.value()).isEqualTo(24);
        assertThat(homes.unit()).isEqualTo("building");
        Quantities.Mention money = only("The deal is worth $450 million.");
        assertThat(money.value()).isEqualTo(4.5e8);
        assertThat(money.unit()).isEqualTo("money");
        assertThat(money.number()).isEqualTo("$450 million");
        Quantities.Mention share = only("About 20 percent of voters agreed.");
        assertThat(share.unit()).isEqualTo("percent");
        assertThat(share.noun()).isEqualTo("voters");
        assertThat(share.number()).isEqualTo("about 20%");
    }

    @Test
    void yearsDatesClockTimesAndDurationsAreNotQuantities() {
        assertThat(mentions("In 2016 the port closed.")).isEmpty();
        assertThat(mentions("The vote is on March 5 at the hall.")).isEmpty();
        assertThat(mentions("It began at 5 p.m. on the day.")).isEmpty();
        assertThat(mentions("He waited for 3 hours.")).isEmpty();
    }

    @Test
    void incrementsAndRangesAreNotTotals() {
        assertThat(mentions("Another four people were killed.")).isEmpty();
        assertThat(mentions("Twelve more people were killed.")).isEmpty();
        assertThat(mentions("Between 33 to 38 percent said yes.")).isEmpty();
    }

    @Test
    void aRateKeepsItsOwnUnit() {
        assertThat(only("Five children per woman is the rate.").unit()).isEqualTo("people per");
    }

    @Test
    void aCountInARelativeClauseIsEmbedded() {
        Quantities.Mention m = only("A strike that killed 20 people hit the market.");
        assertThat(m.embedded()).isTrue();
        assertThat(m.unit()).isEqualTo("deaths");
        assertThat(only("At least 12 civilians were killed in the strike.").embedded()).isFalse();
    }

    @Test
    void aWholeWarTollIsOverall() {
        Quantities.Mention m = only("More than 300,000 people have been killed in the war since 2011.");
        assertThat(m.scope()).isEqualTo(Quantities.Scope.OVERALL);
        assertThat(m.value()).isEqualTo(300_000);
    }

    @Test
    void offsetsAreInTheArticleText() {
        String text = "Officials said 150 people were killed.";
        Sentence s = TestClusters.sentence(0, 0, 0, 100, 100 + text.length(), text);
        List<Quantities.Mention> out = new ArrayList<>();
        Quantities.find(s, out);
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(100 + text.indexOf("150"));
            assertThat(m.wording()).isEqualTo("150 people");
        });
    }

    @Test
    void aLengthIsInMetres() {
        Quantities.Mention m = only("They climbed the 26,291-foot peak.");
        assertThat(m.unit()).isEqualTo("distance");
        assertThat(m.noun()).isEqualTo("foot");
        assertThat(m.value()).isCloseTo(26_291 * 0.3048, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(m.number()).isEqualTo("26,291");
        assertThat(only("The base is 90 miles north of the city.").value()).isCloseTo(90 * 1609.344, org.assertj.core.data.Offset.offset(1e-6));
    }
}
