package dev.precis.lexicon;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartPatternTest {
    private static final StartPattern NAME = StartPattern.of("\\b\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)*", StartPattern.UPPER_CASE);

    private static List<String> all(StartPattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        for (int from = 0; p.find(m, text, from, text.length()); from = m.end()) out.add(m.group());
        return out;
    }

    @Test
    void findsTheMatchesTheRegexFinds() {
        assertThat(all(NAME, "said John Kerry in Geneva, and Staffan de Mistura agreed"))
                .containsExactly("John Kerry", "Geneva", "Staffan", "Mistura");
        assertThat(NAME.find("no names here")).isFalse();
    }

    @Test
    void seesTheTextBeforeItsRegionAsTheWholeSearchWould() {
        String text = "McCain said";
        Matcher m = NAME.matcher(text);
        // "Cain" starts upper case, but \b sees the "Mc" before the region: no match starts there
        assertThat(NAME.find(m, text, 2, text.length())).isFalse();
    }

    @Test
    void endAnchorMeetsTheRegionEnd() {
        StartPattern subject = StartPattern.of("\\p{Lu}\\p{L}+\\s+$", StartPattern.UPPER_CASE);
        String text = "as Kerry said on Monday";
        Matcher m = subject.matcher(text);
        assertThat(subject.find(m, text, 0, text.indexOf("said"))).isTrue();
        assertThat(m.group()).isEqualTo("Kerry ");
    }

    @Test
    void startAnchorIsTheTextStartWithAnchoringBoundsOff() {
        StartPattern opening = StartPattern.of("(?:^|[.!?]\\s+)\\p{Lu}\\p{L}+", (text, at) -> at == 0 || ".!?".indexOf(text.charAt(at)) >= 0);
        String text = "Kerry left. Lavrov stayed";
        Matcher m = opening.matcher(text).useAnchoringBounds(false);
        List<String> found = new ArrayList<>();
        for (int from = 0; opening.find(m, text, from, text.length()); from = m.end()) found.add(m.group());
        assertThat(found).containsExactly("Kerry", ". Lavrov");
    }

    @Test
    void underTestsAStartTestThatMissesAMatchIsCaught() {
        // The build sets precis.keywords.check, so a wrong start test fails every test that runs text through it.
        StartPattern wrong = StartPattern.of("said", StartPattern.UPPER_CASE);
        if (Boolean.getBoolean("precis.keywords.check")) {
            assertThatThrownBy(() -> wrong.find("Kerry said")).isInstanceOf(IllegalStateException.class);
        } else {
            assertThat(wrong.find("Kerry said")).isFalse();
        }
    }

    @Test
    void namesOnCapitalsOutsideAsciiAreStillTried() {
        assertThat(all(NAME, "said Ángel Gurría and Øystein Ødegaard")).containsExactly("Ángel Gurría", "Øystein Ødegaard");
        StartPattern accented = StartPattern.of("\\b[éÉ]\\p{L}+", StartPattern.atWordStart("éÉ"));
        assertThat(all(accented, "the Élysée and état, not Bébé")).containsExactly("Élysée", "état");
    }

    @Test
    void aStartOnOneCharacterFindsEachMatchAndNoneBeyondTheRegion() {
        StartPattern age = StartPattern.of(",\\s+\\d{1,3}(?=[,;])", StartPattern.on(","));
        String text = "Kroll, 34, and Weiner, 35; and Ricci, a cook, 40,";
        assertThat(all(age, text)).containsExactly(", 34", ", 35", ", 40");
        Matcher m = age.matcher(text);
        assertThat(age.find(m, text, 0, text.indexOf(", 35"))).isTrue();
        assertThat(age.find(m, text, m.end(), text.indexOf(", 35") + 3)).isFalse(); // ", 35;" runs past the region's end
        StringBuilder built = new StringBuilder(text);
        Matcher b = age.matcher(built);
        assertThat(age.find(b, built, 10, built.length())).isTrue();
        assertThat(b.group()).isEqualTo(", 35");
    }

    @Test
    void aStartOnSeveralCharactersTakesMarksOutsideAscii() {
        StartPattern quote = StartPattern.of("\"[^\"]+\"|“[^”]+”", StartPattern.on("\"“"));
        assertThat(all(quote, "he said “no” and then \"yes\"")).containsExactly("“no”", "\"yes\"");
    }

    @Test
    void aStartOnCharactersWithATestAsksTheTestOnlyAtThoseCharacters() {
        List<Integer> asked = new ArrayList<>();
        StartPattern was = StartPattern.of(" was \\d+", StartPattern.on(" ", (text, at) -> {
            asked.add(at);
            return text.toString().startsWith(" was", at);
        }));
        String text = "Kroll was 34. He is 35";
        assertThat(all(was, text)).containsExactly(" was 34");
        for (int at : asked) assertThat(text.charAt(at)).isEqualTo(' ');
        assertThat(asked).contains(5).doesNotContain(0, 1);
    }

    @Test
    void findInASetOfStartsReadsOnlyThoseOffsets() {
        String text = "Ada Byron met Alan Turing";
        java.util.BitSet starts = new java.util.BitSet();
        starts.set(0, 3); // "Ada" and the "da" after it: a start test that only reads a few offsets
        starts.set(text.indexOf("Alan"));
        Matcher m = NAME.matcher(text);
        List<String> found = new ArrayList<>();
        for (int from = 0; NAME.find(m, text, from, text.length(), starts); from = m.end()) found.add(m.group());
        assertThat(found).containsExactly("Ada Byron", "Alan Turing");
    }
}
