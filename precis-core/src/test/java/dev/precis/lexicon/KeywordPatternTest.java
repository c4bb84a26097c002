package dev.precis.lexicon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeywordPatternTest {
    private static final KeywordPattern LOANS = KeywordPattern.of("(?i)\\b(?:payday|loans?)\\b", "payday", "loan");

    @Test
    void matchesWhatTheRegexMatchesWhateverTheCase() {
        assertThat(LOANS.find("Get a PAYDAY advance")).isTrue();
        assertThat(LOANS.find("Loans for all")).isTrue();
        assertThat(LOANS.find("The council met on Tuesday.")).isFalse();
        assertThat(LOANS.count("loan after loan, and a payday")).isEqualTo(3);
    }

    @Test
    void aFragmentIsOnlyAPrefilterTheRegexStillDecides() {
        assertThat(LOANS.mayMatch("reloaned")).isTrue();
        assertThat(LOANS.find("reloaned")).isFalse(); // holds "loan", but not as a word
    }

    @Test
    void caseSensitivePatternsLookForFragmentsAsWritten() {
        KeywordPattern said = KeywordPattern.of("\\bsaid\\b", "said");
        assertThat(said.find("he said so")).isTrue();
        assertThat(said.find("SAID")).isFalse();
    }

    @Test
    void fragmentsMustBeLowerCaseForACaseInsensitivePattern() {
        assertThatThrownBy(() -> KeywordPattern.of("(?i)payday", "Payday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeywordPattern.of("(?i)payday")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void underTestsAFragmentListThatMissesAMatchIsCaught() {
        // The build sets precis.keywords.check, so a wrong fragment list fails every test that runs text through it.
        KeywordPattern wrong = KeywordPattern.of("(?i)\\bcasino\\b", "payday");
        if (Boolean.getBoolean("precis.keywords.check")) {
            assertThatThrownBy(() -> wrong.find("A casino opened")).isInstanceOf(IllegalStateException.class);
        } else {
            assertThat(wrong.find("A casino opened")).isFalse();
        }
    }
}
