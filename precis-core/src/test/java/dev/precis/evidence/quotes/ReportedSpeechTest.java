package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.evidence.names.Names;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The persons named at the speech verbs of invented text outside quotes (round review18). */
class ReportedSpeechTest {

    @Test
    void aSubjectBeforeTheVerbIsASpeakerANameAfterItOnlyAPerson() {
        String t = "Anneli Kross said the fault was rare. The fault is rare, says plant engineer Tomas Vidal.";
        ReportedSpeech speech = new ReportedSpeech(Names.longestNames(TestClusters.cluster(t)));
        List<ReportedSpeech.Named> named = speech.in(t);
        assertThat(named).extracting(ReportedSpeech.Named::name).containsExactly("Anneli Kross", "Tomas Vidal");
        assertThat(named.get(0).subject()).isTrue();
        assertThat(named.get(0).at()).isEqualTo(0); // a subject counts where it is named
        assertThat(named.get(0).verb()).isEqualTo(t.indexOf("said"));
        assertThat(named.get(1).subject()).isFalse();
        assertThat(named.get(1).at()).isEqualTo(t.indexOf("says")); // a name after the verb counts at the verb
    }
}
