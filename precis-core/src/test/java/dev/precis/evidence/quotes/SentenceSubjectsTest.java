package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.evidence.names.Names;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The persons the writer's sentences open on, read from invented text (round review18). */
class SentenceSubjectsTest {

    private static final String T = "Prof. Anneli Kross says the fault is rare. Tomas Vidal is an engineer who found it.\n"
            + "His sister, Marta Vidal, runs the plant. The plant closed in May.";

    private static SentenceSubjects subjects() {
        Map<String, String> longest = Names.longestNames(TestClusters.cluster(T));
        return new SentenceSubjects(longest, Set.of());
    }

    @Test
    void theLastFullNameASentenceOpensOnIsTheSubjectWithWhereItStands() {
        String first = T.substring(0, T.indexOf('\n'));
        SentenceSubjects.Subject s = subjects().last(first, Set.of());
        assertThat(s.name()).isEqualTo("Tomas Vidal");
        assertThat(s.at()).isEqualTo(first.indexOf("Tomas"));
    }

    @Test
    void aNameSetOffAfterTheRoleOpeningTheSentenceIsItsSubjectAndASentenceOnNoPersonGivesNone() {
        SentenceSubjects subjects = subjects();
        assertThat(subjects.last("His sister, Marta Vidal, runs the plant.", Set.of()).name()).isEqualTo("Marta Vidal");
        assertThat(subjects.last("The plant closed in May.", Set.of())).isNull();
    }

    @Test
    void aPossessiveSubjectIsAboutItsOwner() {
        assertThat(SentenceSubjects.owner("Vidal's")).isEqualTo("Vidal");
        assertThat(SentenceSubjects.owner("Tomas Vidal")).isEqualTo("Tomas Vidal");
    }
}
