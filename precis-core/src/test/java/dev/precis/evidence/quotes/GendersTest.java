package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.evidence.names.Names;
import dev.precis.model.ClusterText;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GendersTest {

    private static Map<String, Character> genders(String... articles) {
        ClusterText text = TestClusters.cluster(articles);
        return Genders.genders(text, Names.longestNames(text));
    }

    @Test
    void aGenderedTitleStatesTheGender() {
        assertThat(genders("Ms Ana Costa met Mr Daniel Brandt at the docks."))
                .containsEntry("Ana Costa", 'f').containsEntry("Daniel Brandt", 'm');
    }

    @Test
    void saidHeOrSheStatesTheSpeakersGender() {
        assertThat(genders("Daniel Brandt said he would send every crew.")).containsEntry("Daniel Brandt", 'm');
        assertThat(genders("Ana Costa told reporters that she was shocked.")).containsEntry("Ana Costa", 'f');
    }

    @Test
    void aPossessiveInTheSubjectsSentenceStatesTheGender() {
        assertThat(genders("Petra Lind waited with her husband at the port.")).containsEntry("Petra Lind", 'f');
    }

    @Test
    void cuesBothWaysLeaveTheGenderUnknown() {
        assertThat(genders("Mr Sam Reed arrived.", "Ms Sam Reed left.")).doesNotContainKey("Sam Reed");
    }

    @Test
    void firstNamesAloneStateNothing() {
        assertThat(genders("Maria Lopez visited the docks on Tuesday.")).isEmpty();
    }

    @Test
    void capitalisedWordsAfterADeterminerAreAModifierNotTheSubject() {
        assertThat(genders("The Fort Wayne mother accused of killing her two children spoke on the radio."))
                .doesNotContainKey("Fort Wayne");
    }

    @Test
    void theSpeechVerbBeforeAPronounIsFoundWithinReach() {
        String t = "Ana Costa told reporters that she left.";
        assertThat(Genders.speechVerbBefore(t, t.indexOf(" she"))).isEqualTo(t.indexOf("told"));
        String u = "Kerry said he would go, and the unsaid he meant, said, he knew.";
        assertThat(Genders.speechVerbBefore(u, u.indexOf(" he"))).isEqualTo(u.indexOf("said"));
        assertThat(Genders.speechVerbBefore(u, u.indexOf(" he meant"))).isEqualTo(-1); // "unsaid" is no verb
        assertThat(Genders.speechVerbBefore(u, u.indexOf(" he knew"))).isEqualTo(-1); // a comma between
        String far = "They said to the crowded hall full of reporters that he left.";
        assertThat(Genders.speechVerbBefore(far, far.indexOf(" he"))).isEqualTo(-1); // more than one word before "that"
    }

    @Test
    void aKinWordOrGenderedRoleNextToANameStatesTheGender() {
        assertThat(genders("Lena Ortiz, Paul's daughter, knew the boat was lost.")).containsEntry("Lena Ortiz", 'f');
        assertThat(genders("Paul Okafor, father of two deckhands, waited at the pier.")).containsEntry("Paul Okafor", 'm');
        assertThat(genders("His mother, Rosa Delgado, remembers the storm.")).containsEntry("Rosa Delgado", 'f');
        assertThat(genders("The film about the harbour starred actor Tom Brandt.")).containsEntry("Tom Brandt", 'm');
        // no apposition: "woman" is no role before a name
        assertThat(genders("The woman Tom Brandt hired left the pier.")).doesNotContainKey("Tom Brandt");
    }

    @Test
    void anAppositiveRoleIsTriedOnlyBeforeACommaThatARoleWordFollows() {
        String text = "Ana Costa, a former actress, spoke.\nTom Hale, who left, said so.";
        java.util.BitSet starts = Genders.appositiveStarts(text);
        assertThat(starts.get(0)).isTrue(); // "Ana Costa, a former actress"
        assertThat(starts.get(text.indexOf("Tom"))).isFalse(); // no role word after its comma
        assertThat(starts.get(text.indexOf("spoke"))).isFalse(); // after the role's own comma, none follows
        assertThat(genders(text)).containsEntry("Ana Costa", 'f').doesNotContainKey("Tom Hale");
    }

    @Test
    void aRoleBeforeANameIsReadOnlyAsAWholeWord() {
        assertThat(genders("His stepmother Rosa Delgado stayed.")).containsEntry("Rosa Delgado", 'f');
        assertThat(genders("The sons Rosa Delgado raised stayed.")).doesNotContainKey("Rosa Delgado");
    }
}
