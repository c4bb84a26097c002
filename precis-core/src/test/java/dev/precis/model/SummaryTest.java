package dev.precis.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTest {
    private static Summary of(String... texts) {
        List<SummarySentence> sentences = java.util.Arrays.stream(texts)
                .map(t -> new SummarySentence(t, 0, List.of())).toList();
        return new Summary("c", "a", sentences, List.of(), null);
    }

    @Test
    void wordsAreRunsBetweenAsciiWhiteSpaceAsTheJsonHasAlwaysCountedThem() {
        assertThat(of("Fire crews contained\nthe   blaze.").wordCount()).isEqualTo(5);
        assertThat(of("  tabs\tand\r\nbreaks \u000B\f here  ").wordCount()).isEqualTo(4);
        // a no-break space is not \s: "a\u00A0b" stays one word
        assertThat(of("a\u00A0b c").wordCount()).isEqualTo(2);
        assertThat(of("One.", "Two words.").wordCount()).isEqualTo(3);
    }

    @Test
    void countsMatchSplittingOnWhiteSpaceRuns() {
        for (String t : List.of("", " ", "x", " x ", "a  b", "\u0001a\u0001 b", "a \u2003b", "a\n\n\nb c\t")) {
            assertThat(of(t).wordCount()).as("'%s'", t).isEqualTo(t.trim().split("\\s+").length);
        }
    }
}
