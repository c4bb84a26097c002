package dev.precis.render;

import dev.precis.model.SummarySentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextRendererTest {

    @Test
    void writesOneSentencePerLineAndNothingElse() {
        String out = new TextRenderer().render(RenderFixtures.withEvidence());
        assertThat(out).isEqualTo("Fire crews contained the blaze.\nTwo *workers* were_hurt.\n");
    }

    @Test
    void anEmptySummaryIsAnEmptyString() {
        assertThat(new TextRenderer().render(RenderFixtures.plain(List.of()))).isEmpty();
    }

    @Test
    void oneLineFoldsEveryRunOfWhiteSpaceAndTrims() {
        assertThat(TextRenderer.oneLine("  A line\r\nbreak,\ta tab   and\u000Bmore  ")).isEqualTo("A line break, a tab and more");
        assertThat(TextRenderer.oneLine("already one line")).isEqualTo("already one line");
        assertThat(TextRenderer.oneLine(" \n ")).isEmpty();
    }

    @Test
    void controlCharactersBecomeSpacesAndFold() {
        assertThat(TextRenderer.oneLine("bell\u0007 and\u001B[31mescape\u0085next \u009Fend\u007F")).isEqualTo("bell and [31mescape next end");
        assertThat(TextRenderer.oneLine("caf\u00E9 \u00A0ol\u00E9")).isEqualTo("caf\u00E9 \u00A0ol\u00E9");
    }

    @Test
    void aSentenceWithLineBreaksStaysOnOneOutputLine() {
        String out = new TextRenderer().render(RenderFixtures.plain(List.of(
                new SummarySentence("First part\n\nsecond part.", 0, List.of()),
                new SummarySentence("Next.", 1, List.of()))));
        assertThat(out.split("\n", -1)).containsExactly("First part second part.", "Next.", "");
    }
}
