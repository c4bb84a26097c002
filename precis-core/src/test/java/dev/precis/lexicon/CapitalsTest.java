package dev.precis.lexicon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CapitalsTest {
    @Test
    void aNameInsideASentenceMarksCasedText() {
        assertThat(Capitals.insideSentences("Police in Leeds said the five paintings were found.")).isTrue();
        assertThat(Capitals.insideSentences("They met, Ann said.")).isTrue();
    }

    @Test
    void onlySentenceOpeningCapitalsMarkLowerCasedText() {
        assertThat(Capitals.insideSentences("Police in leeds said the five paintings were found. They were in a loft.")).isFalse();
        assertThat(Capitals.insideSentences("")).isFalse();
    }
}
