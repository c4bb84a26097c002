package dev.precis.evidence.quantities;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountedNounsTest {

    private static CountedNouns.Head head(String after) {
        return CountedNouns.head(after, 0);
    }

    @Test
    void aKnownUnitSkipsItsModifiers() {
        CountedNouns.Head h = head(" aid trucks arrived");
        assertThat(h.unit()).isEqualTo("truck");
        assertThat(h.noun()).isEqualTo("trucks");
        assertThat(h.known()).isTrue();
        assertThat(h.end()).isEqualTo(" aid trucks".length());
    }

    @Test
    void personsAreCountedAsPeopleWithTheirNoun() {
        assertThat(head(" people were killed").unit()).isEqualTo("people");
        assertThat(head(" Syrian soldiers").noun()).isEqualTo("soldiers");
        assertThat(head(" Syrian soldiers").unit()).isEqualTo("people");
    }

    @Test
    void aNationalityQualifiesThePersonNounAfterIt() {
        CountedNouns.Head h = head(" Chinese passengers");
        assertThat(h.unit()).isEqualTo("people");
        assertThat(h.noun()).isEqualTo("passengers");
    }

    @Test
    void aNationalityAloneCountsPeopleBroadly() {
        CountedNouns.Head h = head(" Syrians fled");
        assertThat(h.unit()).isEqualTo("people");
        assertThat(h.noun()).isEmpty();
    }

    @Test
    void deathNounsAreDeaths() {
        assertThat(head(" dead").unit()).isEqualTo("deaths");
        assertThat(head(" fatalities").unit()).isEqualTo("deaths");
    }

    @Test
    void durationsAreMarkedSoTheyAreNotCounted() {
        assertThat(head(" years ago").duration()).isTrue();
        assertThat(head(" five-year plan").duration()).isTrue(); // the part after the hyphen
        assertThat(head(" trucks").duration()).isFalse();
    }

    @Test
    void anUnknownNounIsStemmedAndNotKnown() {
        CountedNouns.Head h = head(" widgets sold");
        assertThat(h.unit()).isEqualTo("widget");
        assertThat(h.known()).isFalse();
        assertThat(head(" construction jobs").unit()).isEqualTo("job"); // the plural noun after a qualifier
        assertThat(head(" cities").unit()).isEqualTo("city");
    }

    @Test
    void aPrepositionOrANameIsNoCountedNoun() {
        assertThat(head(" in Aleppo")).isNull();
        assertThat(head(" Aleppo")).isNull();
    }

    @Test
    void carsAndVehiclesAreOneCountedThingApartFromTrucks() {
        assertThat(head("-car pileup").unit()).isEqualTo("vehicle");
        assertThat(head("-vehicle pileup").unit()).isEqualTo("vehicle");
        assertThat(head(" cars were damaged").unit()).isEqualTo("vehicle");
        assertThat(head(" trucks arrived").unit()).isEqualTo("truck");
    }

    @Test
    void poundsAreAWeightButAfterAScale() {
        assertThat(CountedNouns.head("It weighs 17 pounds, so be strong.", "It weighs 17".length()).unit()).isEqualTo("weight");
        assertThat(CountedNouns.head("The 18.6-pound Horizon is big.", "The 18.6".length()).unit()).isEqualTo("weight");
        assertThat(CountedNouns.head("They paid 896 million pounds for it.", "They paid 896 million".length()).unit()).isEqualTo("money");
        assertThat(head(" kilograms of coins").unit()).isEqualTo("weight");
        assertThat(CountedNouns.basePer("pounds")).isEqualTo(0.45359237);
    }
}
