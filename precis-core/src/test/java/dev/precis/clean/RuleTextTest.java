package dev.precis.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleTextTest {
    @Test
    void wordsAreLowerCasedAndSplitOnWhatNoWordHolds() {
        assertThat(RuleText.words("Share on Facebook | E-mail @CNN’s #news")).containsExactly("share", "on", "facebook", "e-mail", "@cnn’s", "#news");
    }

    @Test
    void lettersCountOnlyLetters() {
        assertThat(RuleText.letters("WASHINGTON,")).isEqualTo(10);
        assertThat(RuleText.letters("(AP)")).isEqualTo(2);
        assertThat(RuleText.letters("2016 —")).isZero();
    }

    @Test
    void aBracketedAgencyOrSlashedNamesEndACredit() {
        assertThat(RuleText.endsWithCredit("Firefighters at the scene on Monday (AP Photo/Jane Doe)")).isTrue();
        assertThat(RuleText.endsWithCredit("Smoke over the harbour. (Reuters)")).isTrue();
        assertThat(RuleText.endsWithCredit("The plan was approved (by a narrow vote)")).isFalse();
    }
}
