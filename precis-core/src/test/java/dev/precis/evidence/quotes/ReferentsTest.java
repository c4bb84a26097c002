package dev.precis.evidence.quotes;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReferentsTest {
    private static final Map<String, String> LONGEST = Map.of("costa", "Ana Costa", "brandt", "Daniel Brandt");
    private static final Set<String> PERSONS = Set.of("Ana Costa", "Daniel Brandt");
    private static final Map<String, Character> GENDERS = Map.of("Ana Costa", 'f', "Daniel Brandt", 'm');

    private static List<Referents.Mentioned> mentioned(String text) {
        List<Referents.Mentioned> out = new ArrayList<>();
        Referents.mentions(text, 0, 0, LONGEST, PERSONS, out);
        return out;
    }

    @Test
    void lastNamesOfTrackedPersonsAreMentions() {
        String t = "Costa met Brandt and Smith at the docks.";
        assertThat(mentioned(t)).extracting(Referents.Mentioned::name).containsExactly("Ana Costa", "Daniel Brandt");
        assertThat(mentioned(t).get(1).at()).isEqualTo(t.indexOf("Brandt"));
    }

    @Test
    void oneScanFillsEachSetsListAsItsOwnScanWould() {
        String t = "Costa met Brandt, then Erin Brandt, and Costa again.";
        List<Referents.Mentioned> gendered = new ArrayList<>(), everyone = new ArrayList<>();
        Referents.mentions(t, 7, 2, LONGEST, Set.of("Ana Costa"), gendered, PERSONS, everyone);
        List<Referents.Mentioned> alone = new ArrayList<>();
        Referents.mentions(t, 7, 2, LONGEST, Set.of("Ana Costa"), alone);
        assertThat(gendered).isEqualTo(alone).extracting(Referents.Mentioned::at).containsExactly(7, 7 + t.lastIndexOf("Costa"));
        assertThat(everyone).isEqualTo(mentionedAt(t, 7, 2)).extracting(Referents.Mentioned::name)
                .containsExactly("Ana Costa", "Daniel Brandt", "Ana Costa");
    }

    private static List<Referents.Mentioned> mentionedAt(String text, int offset, int line) {
        List<Referents.Mentioned> out = new ArrayList<>();
        Referents.mentions(text, offset, line, LONGEST, PERSONS, out);
        return out;
    }

    @Test
    void anotherPersonsFirstNameBeforeTheLastNameIsNotAMention() {
        assertThat(mentioned("Erin Costa arrived.")).isEmpty();
        assertThat(mentioned("Ms Costa arrived.")).extracting(Referents.Mentioned::name).containsExactly("Ana Costa");
    }

    @Test
    void theGenderPicksAmongThePersonsOfTheSentence() {
        String t = "Costa met Brandt at the docks. \"We will send every crew,\"";
        List<Referents.Mentioned> m = mentioned(t);
        int quote = t.indexOf('"');
        assertThat(Referents.resolve(t, m, quote, 0, 'm', GENDERS, "", -1)).isEqualTo("Daniel Brandt");
        assertThat(Referents.resolve(t, m, quote, 0, 'f', GENDERS, "", -1)).isEqualTo("Ana Costa");
    }

    @Test
    void anUnknownGenderRulesNobodyOut() {
        String t = "Costa met Brandt at the docks. \"We will send every crew,\"";
        assertThat(Referents.resolve(t, mentioned(t), t.indexOf('"'), 0, 'm', Map.of(), "", -1)).isEqualTo("Ana Costa");
    }

    @Test
    void withNobodyNamedBeforeTheFallbackStands() {
        assertThat(Referents.resolve("\"We will go,\"", List.of(), 0, 0, 'f', GENDERS, "the mayor", -1)).isEqualTo("the mayor");
    }

    @Test
    void personsNamedTwoParagraphsBackAreOutOfReach() {
        List<Referents.Mentioned> old = List.of(new Referents.Mentioned("Daniel Brandt", 0, 0));
        assertThat(Referents.resolve("Brandt left.\nx\n\"We go,\"", old, 16, 2, 'm', GENDERS, "", -1)).isEmpty();
    }

    @Test
    void aPronounStandsForNoOneItsOwnSentenceNamesAfterIt() {
        // "Brandt said so. He added that if Costa had won, “...”": the last person, Costa, is named after "He"
        String t = "\"We will send every crew,\" Brandt said. He added that if Costa had won, \"";
        int he = t.indexOf("He added");
        List<Referents.Mentioned> m = List.of(new Referents.Mentioned("Daniel Brandt", t.indexOf(" Brandt"), 0));
        Speakers.Pronouns refs = Referents.pronouns(t, m, he, 0, Map.of(), "Ana Costa", t.indexOf("Costa"));
        assertThat(refs.he()).isEqualTo("Daniel Brandt");
        assertThat(refs.last()).isEqualTo("Ana Costa");
    }

    @Test
    void aSentenceOpeningOnSomeonesKinIsAStrangerOfThatGender() {
        String t = "Brandt died in May. Brandt's mother, who saw it, said she would be in court. \"";
        assertThat(Referents.strangerSince(t, 0, t.length(), 'f')).isTrue();
        assertThat(Referents.strangerSince(t, 0, t.length(), 'm')).isFalse();
    }
}
