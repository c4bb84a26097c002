package dev.precis.clean.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MenuTest {
    @Test
    void twoSeparatorsOfAnyKindCountWhereOneDoesNot() {
        assertThat(Menu.twoSeparators("Home | News")).isFalse();
        assertThat(Menu.twoSeparators("Home | News | Sport")).isTrue();
        assertThat(Menu.twoSeparators("Home • News / Sport")).isTrue();
        assertThat(Menu.twoSeparators("“Quoted” ▪ World ◦ Europe")).isTrue();
        assertThat(Menu.twoSeparators("He earned 40/50 in the test.")).isFalse();
        assertThat(Menu.twoSeparators("a/b/c")).isTrue();
        assertThat(Menu.twoSeparators("")).isFalse();
    }
}
