package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakersTest {
    private static final Map<String, String> LONGEST = Map.of("okafor", "Ada Okafor");
    private static final Pronouns NO_ONE = new Pronouns("", "", "");

    @Test
    void aNamedPersonIsNoneWhereTheCreditStandsForNoOne() {
        assertThat(Speakers.person("it", LONGEST, NO_ONE)).isEmpty();
        assertThat(Speakers.namedPerson("it", LONGEST, NO_ONE)).isNull();
        assertThat(Speakers.namedPerson("she", LONGEST, NO_ONE)).isNull(); // a "she" resolved to no one
        assertThat(Speakers.namedPerson("she", LONGEST, new Pronouns("", "Ada Okafor", ""))).isEqualTo("Ada Okafor");
        assertThat(Speakers.namedPerson("Okafor", LONGEST, NO_ONE)).isEqualTo("Ada Okafor");
        assertThat(Speakers.namedPerson(null, LONGEST, NO_ONE)).isNull(); // the form found no name
    }

    @Test
    void aPersonStandsForThePronounsTheirGenderAllows() {
        Pronouns before = new Pronouns("Tomas Reed", "Ada Okafor", "Ada Okafor");
        assertThat(before.standingFor("Ines Vidal", 'f')).isEqualTo(new Pronouns("Tomas Reed", "Ines Vidal", "Ada Okafor"));
        assertThat(before.standingFor("Jon Vidal", 'm')).isEqualTo(new Pronouns("Jon Vidal", "Ada Okafor", "Ada Okafor"));
        assertThat(before.standingFor("Sam Vidal", ' ')).isEqualTo(new Pronouns("Sam Vidal", "Sam Vidal", "Ada Okafor"));
    }
}
