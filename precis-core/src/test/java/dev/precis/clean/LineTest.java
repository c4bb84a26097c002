package dev.precis.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineTest {
    @Test
    void everyCharacterIsCountedAsCharactersOwnTablesClassifyIt() {
        for (char c = 0; c < 0x3000; c++) {
            if (c == '\u00A0' || c == '\u200B') continue; // made plain spaces first
            Line l = Line.of(0, 0, "a" + c + "b");
            boolean space = Character.isWhitespace(c);
            boolean letter = Character.isLetter(c);
            assertThat(l.visible()).as("visible, U+%04X", (int) c).isEqualTo(space ? 2 : 3);
            assertThat(l.words()).as("words, U+%04X", (int) c).isEqualTo(space ? 2 : 1);
            assertThat(l.letters()).as("letters, U+%04X", (int) c).isEqualTo(letter ? 3 : 2);
            assertThat(l.upper()).as("upper, U+%04X", (int) c).isEqualTo(letter && Character.isUpperCase(c) ? 1 : 0);
            assertThat(l.lower()).as("lower, U+%04X", (int) c)
                    .isEqualTo(2 + (letter && !Character.isUpperCase(c) && Character.isLowerCase(c) ? 1 : 0));
        }
    }

    @Test
    void measuresAMixedLine() {
        Line l = Line.of(1, 4, "  Ça va,\tMONDE\u00A0très bien.  ");
        assertThat(l.text()).isEqualTo("Ça va,\tMONDE très bien.");
        assertThat(l.words()).isEqualTo(5);
        assertThat(l.upper()).isEqualTo(6);
        assertThat(l.lower()).isEqualTo(11);
        assertThat(l.letters()).isEqualTo(17);
        assertThat(l.terminal()).isTrue();
    }
}
