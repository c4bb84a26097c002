package dev.precis.evidence.dates;

import dev.precis.TestClusters;
import dev.precis.model.Disagreement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventYearsTest {
    @Test
    void oneEventInTwoYearsIsADisagreement() {
        assertThat(EventYears.find(TestClusters.cluster(
                "The 1899 heist of gold coins from the city mint was never solved, the museum said.",
                "Experts say the coins match the gold heist in 1900 from the city mint.")))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("year of the heist");
                    assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("1899", "1900");
                    assertThat(d.sides()).extracting(Disagreement.Side::wording).containsExactly("The 1899 heist", "heist in 1900");
                    assertThat(d.sides().get(1).citation().start()).isEqualTo("Experts say the coins match the gold ".length());
                });
    }

    @Test
    void fourDigitsReadAsTheNumberTheyWrite() {
        String t = "born in 1947, dead by 2009 (aged 62)";
        assertThat(EventYears.fourDigits(t, t.indexOf("1947"))).isEqualTo(1947).isEqualTo(Integer.parseInt(t, 8, 12, 10));
        assertThat(EventYears.fourDigits(t, t.indexOf("2009"))).isEqualTo(2009);
        assertThat(EventYears.nextYear(t, 0)).isEqualTo(t.indexOf("1947"));
        assertThat(EventYears.nextYear(t, t.indexOf("1947") + 4)).isEqualTo(t.indexOf("2009"));
    }

    @Test
    void anArticleThatWritesBothYearsTellsTwoEventsApart() {
        assertThat(EventYears.find(TestClusters.cluster(
                "The 2008 campaign of the senator raised record sums from small donors, aides said.",
                "The 2012 campaign of the senator raised record sums from small donors, unlike the race in 2008.")))
                .isEmpty();
    }

    @Test
    void sentencesAboutDifferentThingsNameDifferentEvents() {
        assertThat(EventYears.find(TestClusters.cluster(
                "The 1999 storm flooded the valley.",
                "Tourism grew after the storm in 2004 hit the coast.")))
                .isEmpty();
    }

    @Test
    void aParticipleNamesAnActThatRecurs() {
        assertThat(EventYears.find(TestClusters.cluster(
                "The mayor, first elected in 2008, praised the new harbour plan on Monday.",
                "The mayor, elected in 2012, praised the new harbour plan on Monday.")))
                .isEmpty();
    }

    @Test
    void aYearIsFourDigitsStandingAlone() {
        String t = "In the 1990s, $1,900 and 12345 went missing, then in 1899 more.";
        assertThat(EventYears.nextYear(t, 0)).isEqualTo(t.indexOf("1899"));
    }

    @Test
    void aSeasonOfTwoYearsIsASpanNotAYear() {
        assertThat(EventYears.find(TestClusters.cluster(
                "The league season of 2015-16 ended early in the city, officials said.",
                "The league season of 2014 ended early in the city, officials said.")))
                .isEmpty();
    }

    @Test
    void oneActDoneToOneNamedPersonInTwoYearsIsADisagreement() {
        assertThat(EventYears.find(TestClusters.cluster(
                "In 1999, county deputies arrested Carver on charges of fraud at the harbour office.",
                "In 2001, the county sheriff arrested Carver on charges of fraud, records show.")))
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).isEqualTo("year Carver was arrested");
                    assertThat(d.sides()).extracting(Disagreement.Side::value).containsExactly("1999", "2001");
                    assertThat(d.sides()).extracting(Disagreement.Side::wording)
                            .containsExactly("In 1999, county deputies arrested Carver", "In 2001, the county sheriff arrested Carver");
                });
    }

    @Test
    void anActWhoseSentenceNamesAnotherYearIsNotDatedByIt() {
        assertThat(EventYears.find(TestClusters.cluster(
                "In 1999, county deputies arrested Carver on charges of fraud, years before the 2005 trial.",
                "In 2001, the county sheriff arrested Carver on charges of fraud, records show.")))
                .isEmpty();
    }

    @Test
    void aPossessiveNamesWhatWasActedOnNotWhom() {
        assertThat(EventYears.find(TestClusters.cluster(
                "In 2003, a county judge revoked Carver's probation over the fraud charges.",
                "In 2004, a county judge revoked Carver's licence over the fraud charges.")))
                .isEmpty();
    }
}
