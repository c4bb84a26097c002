package dev.precis.evidence.names;

import dev.precis.TestClusters;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {
    private static final Map<String, String> LONGEST = Names.longestNames(TestClusters.cluster(
            "Secretary of State John Kerry arrived. \"We are close,\" said Maria Lopez. Kerry left. Crimea Russia talks stalled.",
            "Mr Kerry spoke. Ana Costa said the port was shut."));

    @Test
    void longestNamesComeOnlyFromPersonPositions() {
        assertThat(LONGEST).containsEntry("kerry", "John Kerry")      // after a title
                .containsEntry("lopez", "Maria Lopez")                // after a speech verb
                .containsEntry("costa", "Ana Costa")                  // before a speech verb
                .doesNotContainKey("russia");                         // "Crimea Russia" is no person
    }

    @Test
    void canonicalStripsTitlesAndFindsTheLongestForm() {
        assertThat(Names.canonical("Secretary of State John Kerry", Map.of())).isEqualTo("John Kerry");
        assertThat(Names.canonical("Mr Kerry", LONGEST)).isEqualTo("John Kerry");
        assertThat(Names.canonical("Kerry", LONGEST)).isEqualTo("John Kerry");
        assertThat(Names.canonical("Russia", LONGEST)).isEqualTo("Russia");
    }

    @Test
    void titlesWithPossessivesAndComplementsGo() {
        assertThat(Names.canonical("Japan's Chief Cabinet Secretary Yoshihide Suga", Map.of())).isEqualTo("Yoshihide Suga");
        assertThat(Names.canonical("Minister for Health Leo Varadkar", Map.of())).isEqualTo("Leo Varadkar");
        assertThat(Names.canonical("Putin's", Map.of())).isEqualTo("Putin");
        assertThat(Names.canonical("President", Map.of())).isEmpty();
    }

    @Test
    void anAdverbOpeningTheSentenceIsNoPartOfTheName() {
        assertThat(Names.canonical("Even Anastasio", Map.of())).isEqualTo("Anastasio");
        assertThat(Names.canonical("Perhaps Kerry", LONGEST)).isEqualTo("John Kerry");
    }

    @Test
    void organisationsKeepTheirWholeName() {
        assertThat(Names.isOrganisation("Syrian Observatory for Human Rights")).isTrue();
        assertThat(Names.isOrganisation("Reuters")).isTrue();
        assertThat(Names.isOrganisation("John Kerry")).isFalse();
        assertThat(Names.canonical("the Syrian Observatory for Human Rights", Map.of())).isEqualTo("Syrian Observatory for Human Rights");
    }

    @Test
    void initialsBeforeASurnameAreAnOfficesWhenWrittenWithoutDots() {
        Map<String, String> longest = Map.of("houston", "Angus Houston");
        assertThat(Names.canonical("ACM Houston", longest)).isEqualTo("Angus Houston");
        assertThat(Names.canonical("J.R. Houston", longest)).isEqualTo("J.R. Houston"); // a person's own initials
        assertThat(Names.isInitialism("U.N.")).isTrue();
        assertThat(Names.isInitialism("UNFPA")).isTrue();
        assertThat(Names.isInitialism("Houston")).isFalse();
        assertThat(Names.isInitialism("A")).isFalse();
    }

    @Test
    void anOfficeOfABodyBeforeANameIsTheOfficeHoldersTitle() {
        assertThat(Names.canonical("Police Chief Steve Mullin", Map.of())).isEqualTo("Steve Mullin");
        assertThat(Names.canonical("House Majority Leader Kevin McCarthy", Map.of())).isEqualTo("Kevin McCarthy");
        // a body whose name holds a title word stays the body
        assertThat(Names.canonical("Republican National Committee", Map.of())).isEqualTo("Republican National Committee");
    }

    @Test
    void aHometownAfterANameIsNoPartOfIt() {
        assertThat(Names.canonical("Rita Schrimsher of Athens", Map.of())).isEqualTo("Rita Schrimsher");
        assertThat(Names.canonical("Sen. John McCain of Arizona", Map.of())).isEqualTo("John McCain");
        assertThat(Names.canonical("Cornyn of Texas", Map.of("cornyn", "John Cornyn"))).isEqualTo("John Cornyn");
        // bodies and places named with "of" keep it
        assertThat(Names.canonical("National Academy of Sciences", Map.of())).isEqualTo("National Academy of Sciences");
        assertThat(Names.canonical("Court of Appeal", Map.of())).isEqualTo("Court of Appeal");
        assertThat(Names.canonical("Prince of Wales", Map.of())).isEqualTo("Prince of Wales");
        assertThat(Names.longestNames(TestClusters.cluster("\"We are safe,\" Rita Schrimsher of Athens said.")))
                .containsEntry("schrimsher", "Rita Schrimsher").doesNotContainKey("athens");
    }

    @Test
    void aRankAbbreviationIsNoPartOfTheName() {
        assertThat(Names.canonical("Det. Christopher Barling", Map.of())).isEqualTo("Christopher Barling");
    }

    @Test
    void hyphenatedAndChainedRankAbbreviationsGoAsOneTitleDoes() {
        assertThat(Names.canonical("Det.-Sgt. Susan Gomes", Map.of())).isEqualTo("Susan Gomes");
        assertThat(Names.canonical("Lt.-Col. Ana Ruiz", Map.of())).isEqualTo("Ana Ruiz");
        assertThat(Names.canonical("Det. Insp. Tom Hale", Map.of())).isEqualTo("Tom Hale");
        assertThat(Names.canonical("Army Staff Sgt. Lee Park", Map.of())).isEqualTo("Lee Park");
        assertThat(Names.longestNames(TestClusters.cluster("\"We know,\" said Det.-Sgt. Susan Gomes. \"It is done,\" Gomes said.")))
                .containsEntry("gomes", "Susan Gomes");
    }

    @Test
    void aHyphenatedNameIsNoCompoundTitle() {
        assertThat(Names.canonical("Jean-Pierre Marchal", Map.of())).isEqualTo("Jean-Pierre Marchal");
        assertThat(Names.canonical("Sgt. Jean-Pierre Marchal", Map.of())).isEqualTo("Jean-Pierre Marchal");
    }
}
