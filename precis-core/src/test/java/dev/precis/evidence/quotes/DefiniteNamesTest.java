package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DefiniteNamesTest {

    private static List<String> speakers(String text) {
        return Quotes.find(TestClusters.cluster(text)).stream().map(Quote::speaker).toList();
    }

    @Test
    void aNameAfterTheIsNoOneThePronounStandsFor() {
        assertThat(speakers("“The court has no power over a sitting president,” Omar Haddad said on Monday. The Hague Charter was a "
                + "treaty that set up the court.\n“We will wait for the judges to rule on it,” he said."))
                .containsExactly("Omar Haddad", "Omar Haddad");
        assertThat(speakers("The Northfield Accord was signed in May. “It binds every member state to the same rules,” he said."))
                .containsExactly("");
    }

    @Test
    void aTitleAfterTheStillOpensAPerson() {
        assertThat(DefiniteNames.thing("The Hague Charter")).isTrue();
        assertThat(DefiniteNames.thing("The Rev. Ann Lee")).isFalse();
        assertThat(DefiniteNames.thing("Ann Lee")).isFalse();
        assertThat(DefiniteNames.afterThe("signed the Northfield Accord", 11)).isTrue();
        assertThat(DefiniteNames.afterThe("Ann Lee spoke", 0)).isFalse();
    }

    @Test
    void aNameAfterAPrepositionAndAnArticleIsAnEventOrAPlace() {
        assertThat(DefiniteNames.objectOf("At a 2019 ")).isTrue();
        assertThat(DefiniteNames.objectOf("in the ")).isTrue();
        assertThat(DefiniteNames.objectOf("Later, ")).isFalse();
    }
}
