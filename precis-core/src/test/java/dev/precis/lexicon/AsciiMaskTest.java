package dev.precis.lexicon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AsciiMaskTest {
    @Test
    void theCharacterClassMasksAgreeWithTheJdkOnEveryAsciiCharacter() {
        for (char c = 0; c < 128; c++) {
            assertThat(AsciiMask.WHITESPACE.has(c)).as("space %d", (int) c).isEqualTo(Character.isWhitespace(c));
            assertThat(AsciiMask.UPPER_CASE.has(c)).as("upper %d", (int) c).isEqualTo(Character.isUpperCase(c));
            assertThat(AsciiMask.LOWER_CASE.has(c)).as("lower %d", (int) c).isEqualTo(Character.isLowerCase(c));
            assertThat(AsciiMask.LETTERS.has(c)).as("letter %d", (int) c).isEqualTo(Character.isLetter(c));
            assertThat(AsciiMask.LETTERS_OR_DIGITS.has(c)).as("alnum %d", (int) c).isEqualTo(Character.isLetterOrDigit(c));
        }
        assertThat(AsciiMask.WHITESPACE.has('\u001F')).isTrue();
        for (char c : "a Z\t\u00A0\u2003\u00E9\u0416\u3000_7".toCharArray()) {
            assertThat(AsciiMask.isWhitespace(c)).as("space %d", (int) c).isEqualTo(Character.isWhitespace(c));
            assertThat(AsciiMask.isLetter(c)).as("letter %d", (int) c).isEqualTo(Character.isLetter(c));
        }
        for (char c = 0; c < Character.MAX_VALUE; c++) { // the helpers: masks below 128, the JDK above
            assertThat(AsciiMask.isLetterOrDigit(c)).as("alnum %d", (int) c).isEqualTo(Character.isLetterOrDigit(c));
            assertThat(AsciiMask.isUpperCase(c)).as("upper %d", (int) c).isEqualTo(Character.isUpperCase(c));
            assertThat(AsciiMask.isLowerCase(c)).as("lower %d", (int) c).isEqualTo(Character.isLowerCase(c));
        }
        assertThat(AsciiMask.LETTERS.has('_')).isFalse();
    }
}
