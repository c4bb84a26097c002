package dev.precis.evidence.quantities;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DisagreementsTest {

    private static List<Disagreement> find(String... articles) {
        ClusterText text = TestClusters.cluster(articles);
        return Disagreements.find(text, TermVectors.of(text));
    }

    private static Quantities.Mention mention(double value) {
        return new Quantities.Mention(null, value, String.valueOf(value), Quantities.Qualifier.EXACT, "deaths", "people",
                true, Quantities.Scope.EVENT, false, 0, 1, "");
    }

    @Test
    void twoTollsOfOneStrikeDisagree() {
        List<Disagreement> found = find(
                "At least 12 people were killed in the air strike on the market in Idlib on Tuesday.",
                "At least 16 people were killed in the air strike on the market in Idlib on Tuesday.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("people killed");
            assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("at least 12", "at least 16");
            assertThat(d.sides()).extracting(Disagreement.Side::wording).containsExactly("At least 12 people", "At least 16 people");
            assertThat(d.sides().get(0).citation().article()).isZero();
            assertThat(d.sides().get(1).citation().article()).isEqualTo(1);
            assertThat(d.sides().get(1).citation().start()).isZero();
            assertThat(d.sides().get(1).citation().end()).isEqualTo("At least 16 people".length());
        });
    }

    @Test
    void aRoundFigureAgreesWithTheCountItRounds() {
        assertThat(find(
                "More than 300,000 people have been killed in the war since 2011, the monitor said.",
                "Some 312,000 people have been killed in the war since 2011, the monitor said.")).isEmpty();
        assertThat(find(
                "About 300,000 people have been killed in the war since 2011, the monitor said.",
                "About 400,000 people have been killed in the war since 2011, the monitor said."))
                .singleElement().satisfies(d -> assertThat(d.subject()).isEqualTo("overall death toll"));
    }

    @Test
    void aTollOneApartWhereTheGunmanKilledHimselfMayCountHim() {
        assertThat(find(
                "A man opened fire inside a cinema in the town on Thursday night, killing two people and wounding seven before taking his own life.",
                "Three people were killed and nine wounded when a man opened fire inside a cinema in the town on Thursday night.")).isEmpty();
        assertThat(find(
                "A man opened fire inside a cinema in the town on Thursday night, killing two people and wounding seven.",
                "Three people were killed and nine wounded when a man opened fire inside a cinema in the town on Thursday night."))
                .singleElement().satisfies(d -> assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("two", "Three"));
    }

    @Test
    void closeExactCountsStillDisagree() {
        assertThat(find(
                "Rescuers said 150 people were killed when the ferry sank near the island on Sunday.",
                "Rescuers said 152 people were killed when the ferry sank near the island on Sunday."))
                .singleElement().satisfies(d -> assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("150", "152"));
    }

    @Test
    void smallCountsOneApartDisagreeWhenTheSentencesAlign() {
        assertThat(find(
                "Eight people, including three children, were injured when the gas explosion tore through the row house.",
                "Eight people, including two children, were injured when a gas explosion tore through a row house."))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("children injured");
                    assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("two", "three");
                });
        // two apart is more than a ratio of small counts lets through
        assertThat(find(
                "Eight people, including two children, were injured when the gas explosion tore through the row house.",
                "Eight people, including four children, were injured when a gas explosion tore through a row house.")).isEmpty();
        // one apart but about different things
        assertThat(find(
                "Two children were injured when the gas explosion tore through the row house.",
                "Three firefighters later inspected the street and the neighbours' homes.")).isEmpty();
    }

    @Test
    void aSubgroupIsNotTheSameCount() {
        assertThat(find(
                "At least 12 people were killed in the air strike on the market in Idlib on Tuesday.",
                "At least 16 children were killed in the air strike on the market in Idlib on Tuesday.")).isEmpty();
    }

    @Test
    void differentWeekdaysAreDifferentEvents() {
        assertThat(find(
                "At least 12 people were killed in the air strike on the market in Idlib on Tuesday.",
                "At least 16 people were killed in the air strike on the market in Idlib on Monday.")).isEmpty();
    }

    @Test
    void valuesFarApartAreDifferentFacts() {
        assertThat(find(
                "At least 12 people were killed in the air strike on the market in Idlib on Tuesday.",
                "At least 90 people were killed in the air strike on the market in Idlib on Tuesday.")).isEmpty();
    }

    @Test
    void articlesGivingTheSameValueShareOneSide() {
        List<Disagreement> found = find(
                "At least 12 people were killed in the air strike on the market in Idlib on Tuesday.",
                "At least 16 people were killed in the air strike on the market in Idlib on Tuesday.",
                "At least 12 people were killed in the air strike on the market in Idlib on Tuesday, activists said.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.sides()).hasSize(2);
            assertThat(d.sides().get(0).citations()).extracting(c -> c.article()).containsExactly(0, 2);
            assertThat(d.sides().get(1).citations()).extracting(c -> c.article()).containsExactly(1);
        });
    }

    @Test
    void roundingToleranceIsHalfTheUnitAndAtMostATenth() {
        assertThat(Agreement.compatible(mention(300_000), mention(312_000))).isTrue();
        assertThat(Agreement.compatible(mention(5_000), mention(5_200))).isTrue();
        assertThat(Agreement.compatible(mention(1e9), mention(1.09e9))).isTrue();
        assertThat(Agreement.compatible(mention(300_000), mention(400_000))).isFalse();
        assertThat(Agreement.compatible(mention(2_000), mention(2_500))).isFalse();
        assertThat(Agreement.compatible(mention(100), mention(60))).isFalse();
    }

    @Test
    void qualifiersNeverMakeTwoPreciseCountsAgree() {
        assertThat(Agreement.compatible(mention(12), mention(16))).isFalse();
        assertThat(Agreement.compatible(mention(12), mention(12))).isTrue();
    }

    @Test
    void soFarElsewhereInASentenceMakesOnlyATollCumulative() {
        assertThat(find(
                "The so far fruitless search has angered relatives of the 150 Chinese passengers on board.",
                "Relatives of the 153 Chinese passengers on board have refused to accept the account of the search."))
                .singleElement().satisfies(d -> assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("150", "153"));
    }

    @Test
    void peopleInCustodyAreTheArrested() {
        assertThat(find(
                "Police said 12 people were arrested during the brawl at the park on Saturday.",
                "Authorities say 13 people are in custody following the brawl at the park."))
                .singleElement().satisfies(d -> assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("12", "13"));
    }

    @Test
    void carsAndVehiclesOfOnePileupDisagree() {
        assertThat(find(
                "A 30-car pileup on the interstate killed two people, police said.",
                "Two people were killed in a 25-vehicle pileup on the interstate."))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("number of vehicles");
                    assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("25", "30");
                });
    }
}
