package dev.precis.evidence.quantities;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Invented fixtures for the issue-9 rules: tied reports, places of a count, bounds and written precision. */
class TiesAndPlacesTest {

    /** The disagreements of a cluster of the given article texts (also for the other fixtures of this package). */
    static List<Disagreement> find(String... articles) {
        ClusterText text = TestClusters.cluster(articles);
        return Disagreements.find(text, TermVectors.of(text));
    }

    static List<String> values(Disagreement d) {
        return d.sides().stream().map(Disagreement.Side::value).toList();
    }

    @Test
    void theSameDistanceFromTheSamePlaceOfTheSameThingIsOneQuantity() {
        assertThat(find(
                "Fort Zed, about 125 miles northwest of Bayville, is known for its secrecy and its many legends.",
                "Officials published a report on the history of Fort Zed, the remote base 90 miles north of Bayville."))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("distance");
                    assertThat(values(d)).containsExactly("90", "about 125");
                });
    }

    @Test
    void distancesFromOnePlaceOfDifferentThingsAreNotTied() {
        assertThat(find(
                "Fort Zed, about 125 miles northwest of Bayville, is known for its secrecy and its many legends.",
                "The crash happened near Pine Lake, some 90 miles north of Bayville, on a quiet road."))
                .isEmpty();
    }

    @Test
    void parallelSentencesTieTheirSecondFigure() {
        assertThat(find(
                "The first four days of sales made $3 million in sales revenue and about $500,000 in tax revenue for the state.",
                "Dealers earned about $3 million in sales and the state collected about $1 million in tax revenue in those days."))
                .singleElement().satisfies(d -> assertThat(values(d)).containsExactly("about $500,000", "about $1 million"));
    }

    @Test
    void parallelSentencesNeedTheSameWordsByBothFigures() {
        assertThat(find(
                "The first four days of sales made $3 million in sales revenue and about $500,000 in tax revenue for the state.",
                "Dealers earned about $3 million in sales while a new warehouse cost about $1 million to build last year."))
                .isEmpty();
    }

    @Test
    void aCountForOnePlaceIsNotTheCountAcrossTheCountry() {
        assertThat(find(
                "Activists said 104 people were killed on Monday in Homs, most of them at a checkpoint.",
                "Activists said 125 people were killed on Monday across Syria, most of them at a checkpoint."))
                .isEmpty();
        assertThat(find(
                "Activists said 104 people were killed on Monday in Homs, most of them at a checkpoint.",
                "Activists said 125 people were killed on Monday in Hama, most of them at a checkpoint."))
                .isEmpty();
    }

    @Test
    void aSentenceThatAlsoGivesTheOtherFigureIsNoClash() {
        assertThat(find(
                "The old heist — $30,000 of gold coins stolen from the mint — matches the coins found last week, which were nearly $30,000 in face value.",
                "The gold coins found last week add up in face value to $27,000, the mint said."))
                .isEmpty();
    }

    @Test
    void aLowerBoundReachesAQuarterPastItself() {
        assertThat(find(
                "The monitor says more than 7,500 people have been killed in the crackdown so far.",
                "The network says 9,000 people have been killed in the crackdown so far."))
                .isEmpty();
        assertThat(find(
                "The conflict has cost more than 300,000 lives since 2011, the monitor said.",
                "Approximately 400,000 people have died in the war since 2011, the monitor said."))
                .singleElement().satisfies(d -> assertThat(values(d)).containsExactly("more than 300,000", "approximately 400,000"));
    }

    @Test
    void aWrittenFigureHidesAtMostAQuarterOfItself() {
        Quantities.Mention million = new Quantities.Mention(null, 1_000_000, "about $1 million", Quantities.Qualifier.APPROX,
                "money", "", true, Quantities.Scope.EVENT, false, 0, 1, "about $1 million");
        Quantities.Mention half = new Quantities.Mention(null, 500_000, "$500,000", Quantities.Qualifier.EXACT,
                "money", "", true, Quantities.Scope.EVENT, false, 0, 1, "$500,000");
        Quantities.Mention close = new Quantities.Mention(null, 1_200_000, "$1.2 million", Quantities.Qualifier.EXACT,
                "money", "", true, Quantities.Scope.EVENT, false, 0, 1, "$1.2 million");
        assertThat(Agreement.compatible(million, half)).isFalse();
        assertThat(Agreement.compatible(million, close)).isTrue();
    }

    @Test
    void sharesOfTheSameTwoPopulationsArePairedByPopulation() {
        List<Disagreement> found = find(
                "The artificial heart is the right size for 70 per cent of men and 25 per cent of women, its maker said.",
                "The sheer size of the artificial heart means it can fit in 86 percent of men but only around 20 percent of women.");
        assertThat(found).extracting(TiesAndPlacesTest::values)
                .containsExactlyInAnyOrder(List.of("70%", "86%"), List.of("around 20%", "25%"));
        // shares of other populations are other facts
        assertThat(find(
                "The artificial heart is the right size for 70 per cent of men and 25 per cent of women, its maker said.",
                "The sheer size of the artificial heart means it can fit in 86 percent of adults but only around 20 percent of children.")).isEmpty();
    }

    @Test
    void aLengthIsComparedWhateverUnitItIsWrittenIn() {
        // one peak measured twice: a clash once both are in metres
        assertThat(find(
                "The two climbers were the only ones this season on the southern face of the 8,027-meter (26,330-foot) mountain.",
                "Two mountaineers from Lakeland and Norvia, attempting the same route to the 26,291-foot (8,013 m) peak, found the tent."))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("distance");
                    assertThat(values(d)).containsExactly("26,291", "8,027");
                });
        // the same height converted and rounded is no clash
        assertThat(find(
                "The two climbers were the only ones this season on the southern face of the 8,027-meter mountain.",
                "Two mountaineers from Lakeland and Norvia, attempting the same route to the 26,330-foot peak, found the tent."))
                .isEmpty();
        // a round figure in one unit holds the precise figure in the other: 5,900 m is 19,357 feet
        assertThat(find(
                "The climbers saw the tent on a glacier at a height of 5,900 meters, near the base camp of the mountain.",
                "The climbers came upon the tent, half buried in snow, at an altitude of 19,356 feet near the base camp of the mountain."))
                .isEmpty();
    }

    @Test
    void preciseLengthsOnlyTieWhenTheyAreClose() {
        assertThat(find(
                "The two climbers were the only ones this season on the southern face of the 8,027-meter mountain.",
                "Two mountaineers from Lakeland and Norvia, attempting another route to the 7,891-meter peak, found the tent."))
                .isEmpty();
    }

    @Test
    void aShortTollSentenceIsAboutTheDayOfTheSentenceBefore() {
        List<Disagreement> found = find(
                "Security forces clashed Monday with gunmen in a district of the capital. At least three people were killed. "
                        + "On Sunday, an explosion killed two and wounded 30 in the northern city of Barka, the country's largest.",
                "A car bomb close to a state security office in the second biggest city of Barka killed at least three people on Sunday, according to the monitor.");
        // the bare sentence is Monday's clash; the blast on Sunday in Barka is one event told two ways
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("people killed");
            assertThat(values(d)).containsExactly("two", "at least three");
            assertThat(d.sides().get(0).citation().start()).isGreaterThan(60);
        });
    }

    @Test
    void aSmallTollNeedsTheSameDayAndPlaceWhenTheSentencesDoNotAlign() {
        assertThat(find(
                "On Sunday, an explosion killed two and wounded 30 in the northern city of Barka, the country's largest.",
                "A car bomb close to a state security office in the second biggest city of Tessa killed at least three people on Sunday, according to the monitor."))
                .isEmpty();
        assertThat(find(
                "On Sunday, an explosion killed two and wounded 30 in the northern city of Barka, the country's largest.",
                "A car bomb close to a state security office in the second biggest city of Barka killed at least three people on Saturday, according to the monitor."))
                .isEmpty();
    }

    @Test
    void theOneWeightEachArticleGivesIsOneThingsWeight() {
        assertThat(find(
                "The giant slate is only 1.06 inches thick, but it weighs 17 pounds, so you had better be strong.",
                "The 18.6-pound Horizon 27 is just plain big, and nobody will carry it far."))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("weight");
                    assertThat(values(d)).containsExactly("17", "18.6");
                });
    }

    @Test
    void anArticleThatWeighsTwoThingsTiesNoWeight() {
        assertThat(find(
                "The giant slate is only 1.06 inches thick, but it weighs 17 pounds, so you had better be strong.",
                "The 18.6-pound Horizon 27 is just plain big. Its stand alone weighs 12 pounds."))
                .isEmpty();
    }

    @Test
    void aBoundPinsNoWeight() {
        assertThat(find(
                "The pair traded guns and cash for around 1,000 pounds of raw walrus ivory and other animal parts.",
                "They were charged with buying more than 500 pounds of walrus ivory and two polar bear hides."))
                .isEmpty();
    }

    @Test
    void aWeightConvertedAndRoundedAgrees() {
        assertThat(find(
                "Workers laying pipes in a park have unearthed a 600-kilogram trove of Roman coins.",
                "Workers laying pipes in a park unearthed a 1,300-pound trove of Roman coins."))
                .isEmpty();
    }

    @Test
    void theOneStartingPriceEachArticleGivesIsOneThingsPrice() {
        assertThat(find(
                "It goes from i3 to i7 and has discrete graphics. Its cheapest configuration starts at $1000.",
                "The Horizon will be available in early summer, and will start at $1,699."))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("starting price");
                    assertThat(values(d)).containsExactly("$1000", "$1,699");
                });
        assertThat(find(
                "It goes from i3 to i7 and has discrete graphics. Its cheapest configuration starts at $1000.",
                "The Horizon will start at $1,699, and its little brother will start at $1,199."))
                .isEmpty();
    }
}
