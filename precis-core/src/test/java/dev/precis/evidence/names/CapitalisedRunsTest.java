package dev.precis.evidence.names;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CapitalisedRunsTest {

    private static List<String> runs(String text) {
        return CapitalisedRuns.capitalisedRuns(text).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void runsKeepTitlesAndNameParticles() {
        assertThat(runs("US Secretary of State John Kerry met Staffan de Mistura in Geneva."))
                .containsExactly("US Secretary of State John Kerry", "Staffan de Mistura", "Geneva");
    }

    @Test
    void titlesAndInitialsKeepTheirDots() {
        assertThat(runs("\"Talks,\" said Mr. Lavrov.")).containsExactly("Talks", "Mr. Lavrov");
        assertThat(runs("They met the U.S. envoy J. Smith's team.")).containsExactly("They", "U.S.", "J. Smith");
    }

    @Test
    void punctuationBracketsAndLineBreaksEndARun() {
        assertThat(runs("Officials met (Reuters) at the O'Neil Center, Paris.")).containsExactly("Officials", "Reuters", "O'Neil Center", "Paris");
        assertThat(runs("John Kerry\nNew Line")).containsExactly("John Kerry", "New Line");
    }

    @Test
    void aTrailingConnectorIsNotPartOfTheRun() {
        assertThat(runs("Maria de la")).containsExactly("Maria");
    }

    @Test
    void anyWhiteSpaceSeparatesWordsButANoBreakSpaceJoinsThem() {
        assertThat(runs("Ana\u2003Costa\tsaid Maria Lopez’s aide")).containsExactly("Ana\u2003Costa", "Maria Lopez");
        assertThat(runs("Ana\u00a0Costa met Maria\r\nLopez")).containsExactly("Ana\u00a0Costa", "Maria", "Lopez");
    }
}
