package dev.precis.evidence.align;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersInWordsTest {
    @Test
    void readsCountsAndAgesWrittenInWords() {
        assertThat(NumbersInWords.of("A forty-two-year-old pilot faces six counts of fraud and Twenty charges more."))
                .containsExactly(42.0, 6.0, 20.0);
    }

    @Test
    void leavesOutOneADozenAndWordsBeforeAScale() {
        assertThat(NumbersInWords.of("One of the two hundred guests and a dozen others saw three million fans; no one left.")).isEmpty();
    }

    @Test
    void aValueIsStatedInDigitsOrInWords() {
        assertThat(NumbersInWords.stated("The 42-year-old pilot faced 1,200 questions and six counts.")).contains(42.0, 1200.0, 6.0);
        assertThat(NumbersInWords.stated("Nothing counted here.")).isEmpty();
    }
}
