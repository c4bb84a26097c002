package dev.precis;

import dev.precis.model.BadInputException;
import dev.precis.select.Budget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionValuesTest {
    @Test
    void evidenceIsOnOrOff() {
        assertThat(OptionValues.evidence("on")).isTrue();
        assertThat(OptionValues.evidence("off")).isFalse();
        assertThatThrownBy(() -> OptionValues.evidence("yes")).isInstanceOf(BadInputException.class)
                .hasMessage("--evidence takes on or off, not 'yes'");
    }

    @Test
    void budgetsArePositive() {
        assertThat(OptionValues.words(80)).isEqualTo(Budget.words(80));
        assertThat(OptionValues.sentences(3)).isEqualTo(Budget.sentences(3));
        assertThatThrownBy(() -> OptionValues.words(0)).isInstanceOf(BadInputException.class).hasMessage("--words must be positive");
        assertThatThrownBy(() -> OptionValues.sentences(-1)).isInstanceOf(BadInputException.class).hasMessage("--sentences must be positive");
    }

    @Test
    void anUnknownAlgorithmIsBadInput() {
        assertThat(OptionValues.algorithm(Summarizers.DEFAULT)).isEqualTo(Summarizers.DEFAULT);
        assertThatThrownBy(() -> OptionValues.algorithm("no-such-summarizer")).isInstanceOf(BadInputException.class);
    }
}
