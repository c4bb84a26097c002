package dev.precis.lexicon;

import dev.precis.evidence.names.Names;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {
    @Test
    void calendarListsAreCompleteAndOrdered() {
        assertThat(Lexicon.WEEKDAYS).hasSize(7).startsWith("monday").endsWith("sunday");
        assertThat(Lexicon.MONTHS).hasSize(12).startsWith("january").endsWith("december");
        assertThat(Lexicon.CALENDAR).hasSize(19);
        assertThat(Lexicon.capitalised(Lexicon.WEEKDAYS)).startsWith("Monday", "Tuesday");
        assertThat(Lexicon.MONTH_ABBREVIATIONS).doesNotContain("may").containsSubsequence("sept", "sep");
    }

    @Test
    void titlesAreTitlesAndNotFunctionWordsOrDays() {
        assertThat(Lexicon.PERSON_TITLES).contains("minister", "gen.", "spokeswoman", "ambassador")
                .doesNotContain("but", "monday", "the", "said");
        assertThat(Lexicon.SENTENCE_OPENERS).contains("but", "meanwhile", "he", "said").doesNotContain("minister");
    }

    @Test
    void openingConjunctionsAreTheCoordinatingOnesButFor() {
        assertThat(Lexicon.OPENING_CONJUNCTIONS).containsExactlyInAnyOrder("and", "but", "so", "yet", "or", "nor");
    }

    @Test
    void nameOpenersAreTitlesPlusFunctionWordsDaysAndDebrisButNotMay() {
        // The name finder skips all of these at the head of a capitalised run; "May" stays a possible surname.
        assertThat(Names.TITLE_WORDS).contains("minister", "but", "monday", "share", "u.s.")
                .doesNotContain("may").hasSize(269); // 259 before round 4 added already, before, others, some, many; quotes13 marshal, airman, guitarist, drummer; desc17 passenger
    }

    @Test
    void alternationAndSetHelpersKeepOrder() {
        assertThat(Lexicon.alternation(java.util.List.of("a", "b"))).isEqualTo("a|b");
        assertThat(Lexicon.without(java.util.List.of("x", "may", "y"), "may")).containsExactly("x", "y");
        assertThat(Lexicon.union(java.util.List.of("a", "b"), java.util.List.of("b", "c"))).containsExactly("a", "b", "c");
    }
}
