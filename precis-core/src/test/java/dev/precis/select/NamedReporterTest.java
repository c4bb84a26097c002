package dev.precis.select;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamedReporterTest {
    @ParameterizedTest
    @ValueSource(strings = {"Ferry captain Anna Berg said she would sail again in May.",
            "Harbour master Tom R. Reed said he’s closing the pier for the winter.",
            "Mayor Tom Reed says he will not run again."})
    void aFullNameBeforeSaidHeGivesThePronounItsPerson(String s) {
        assertThat(Leaning.kind(s)).isEqualTo(Leaning.Kind.ALONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Police said he had sailed from Dover alone.", "The Dover Harbour Board said he would be fined.",
            "The Kent County Sailing Society says she will race again.", "\"We will rebuild the pier,\" said he.",
            "Reed said the boat was late, and his brother Tom said he saw it sink."})
    void noPersonNamedRightBeforeTheVerbLeavesAPronounSpeaker(String s) {
        assertThat(Leaning.kind(s)).isEqualTo(Leaning.Kind.PREVIOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna Berg", "Harbour master Anna Berg", "President Tom Reed", "Tom R. Reed"})
    void fullNamesEndingBeforeTheVerb(String name) {
        String s = name + " said he";
        assertThat(NamedReporter.before(s, s.indexOf(" said") + 1)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Police", "The police", "White House", "Kent County Sailing Society", "NATO officials", "Berg"})
    void noFullNameBeforeTheVerb(String name) {
        String s = name + " said he";
        assertThat(NamedReporter.before(s, s.indexOf(" said") + 1)).isFalse();
    }
}
