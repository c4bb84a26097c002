package dev.precis.evidence.quantities;

import org.junit.jupiter.api.Test;

import static dev.precis.evidence.quantities.TiesAndPlacesTest.find;
import static dev.precis.evidence.quantities.TiesAndPlacesTest.values;
import static org.assertj.core.api.Assertions.assertThat;

/** Invented fixtures for the forms read apart from quantity mentions: the ends of a range, the ordinal of a part. */
class RangesAndOrdinalsTest {

    @Test
    void oneRangeEndedTwoWaysDisagreesOnThatEnd() {
        assertThat(find(
                "The objects spotted by the satellite were between 2 meters (6.5 ft) and 16 meters (52 ft) in size, the agency said.",
                "The agency told reporters the objects spotted ranged from 2m to 15m (6.5ft to 50ft) in size."))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("upper end of a range");
                    assertThat(values(d)).containsExactly("15m", "16 meters");
                });
    }

    @Test
    void rangesThatDifferAtBothEndsOrAgreeAreNoClash() {
        assertThat(find(
                "The objects spotted by the satellite were between 2 and 16 meters in size, the agency said.",
                "The agency told reporters the objects spotted ranged from 5 to 12 meters in size."))
                .isEmpty();
        assertThat(find(
                "The objects spotted by the satellite were between 2 meters and 16 meters in size, the agency said.",
                "The agency told reporters the objects spotted ranged from 6.5 feet to 52 feet in size."))
                .isEmpty();
    }

    @Test
    void rangesOfCountsOrInUnrelatedSentencesAreLeftAlone() {
        assertThat(find(
                "The objects spotted by the satellite were between 2 and 16 in number, the agency said.",
                "The agency told reporters the objects spotted ranged from 2 to 15 in number."))
                .isEmpty();
        assertThat(find(
                "The objects spotted by the satellite were between 2 meters and 16 meters in size, the agency said.",
                "Waves off the coast rose from 2 meters to 5 meters overnight."))
                .isEmpty();
    }

    @Test
    void onePartOfOneWholeNamedByTwoOrdinalsDisagrees() {
        assertThat(find(
                "His bill would alter two words, changing the second line of the anthem from all thy sons command to all of us command.",
                "If passed, the third line of the anthem will change from all thy sons command to all of us command."))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("which line of the anthem");
                    assertThat(values(d)).containsExactly("second", "third");
                });
    }

    @Test
    void aBareOrdinalOrAnArticleNamingBothIsNoClash() {
        assertThat(find(
                "The impact sent the elevator plummeting down to the 17th floor, where responders pulled them out.",
                "He pulled the mother from the 15th floor shaft first, responders said."))
                .isEmpty();
        assertThat(find(
                "His bill would alter two words, changing the second line of the anthem; the third line of the anthem stays as it is.",
                "If passed, the third line of the anthem will change from all thy sons command to all of us command."))
                .isEmpty();
    }

    @Test
    void oneOrdinalCountedOverTwoSpansDisagrees() {
        assertThat(find(
                "A fire burned one of its cars on Wednesday. It was the third Model S fire in six weeks, and it drove the stock down.",
                "The company confirmed the fire. It was the third such incident in five weeks and triggered calls for an investigation."))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("span of the third (weeks)");
                    assertThat(values(d)).containsExactly("five weeks", "six weeks");
                });
        assertThat(find(
                "It was the third Model S fire in six weeks, and it drove the stock down.",
                "It was the second such incident in five weeks and triggered calls for an investigation."))
                .isEmpty();
    }
}
