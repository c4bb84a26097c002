package dev.precis.lexicon;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpacesTest {
    @Test
    void splitsOnRunsOfWhiteSpaceKeepingALeadingEmptyWordAndNoTrailingOne() {
        assertThat(Spaces.split("Secretary of  State\tJohn Kerry")).containsExactly("Secretary", "of", "State", "John", "Kerry");
        assertThat(Spaces.split(" Kerry said ")).containsExactly("", "Kerry", "said");
        assertThat(Spaces.split("Kerry")).containsExactly("Kerry");
        assertThat(Spaces.split("")).containsExactly("");
        assertThat(Spaces.split("  \n ")).isEmpty();
        assertThat(Spaces.split("Jean\u00A0Dupont")).containsExactly("Jean\u00A0Dupont"); // no-break space is no \s
    }

    @Property
    void splitsAsTheRegexDoes(@ForAll @StringLength(max = 12) @Chars({'a', 'B', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', '.'}) String text) {
        assertThat(Spaces.split(text)).containsExactly(Spaces.RUN.split(text));
    }

    @Property
    void collapsesAsTheRegexDoes(@ForAll @StringLength(max = 12) @Chars({'a', 'B', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', '.'}) String text) {
        assertThat(Spaces.collapse(text)).isEqualTo(Spaces.RUN.matcher(text).replaceAll(" "));
    }
}
