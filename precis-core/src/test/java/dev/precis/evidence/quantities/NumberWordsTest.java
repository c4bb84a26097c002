package dev.precis.evidence.quantities;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordsTest {

    @Test
    void readsDigitsWordsAndHyphenatedTens() {
        assertThat(NumberWords.value("twenty-seven", null)).isEqualTo(27);
        assertThat(NumberWords.value("1,200", null)).isEqualTo(1200);
        assertThat(NumberWords.value("a dozen", null)).isEqualTo(12);
        assertThat(NumberWords.value("two dozen", null)).isEqualTo(24);
        assertThat(NumberWords.value("Seven", null)).isEqualTo(7);
    }

    @Test
    void appliesTheScaleWord() {
        assertThat(NumberWords.value("2.5", "million")).isEqualTo(2_500_000);
        assertThat(NumberWords.value("Two", "thousand")).isEqualTo(2_000);
        assertThat(NumberWords.value("1.2", "Billion")).isEqualTo(1.2e9);
        assertThat(NumberWords.value("3", "hundred")).isEqualTo(300);
    }

    @Test
    void whatIsNotANumberIsNaN() {
        assertThat(NumberWords.value("banana", null)).isNaN();
        assertThat(NumberWords.value("twenty-banana", null)).isNaN();
    }

    @Test
    void numberWordsIncludeTheirHyphenatedForms() {
        assertThat(NumberWords.isNumberWord("twenty-five")).isTrue();
        assertThat(NumberWords.isNumberWord("three-point")).isTrue();
        assertThat(NumberWords.isNumberWord("dozen")).isTrue();
        assertThat(NumberWords.isNumberWord("threat")).isFalse();
        assertThat(NumberWords.isNumberWord("several")).isFalse();
    }

    @Test
    void aNumberStartsOnlyAtAWordStart() {
        assertThat(NumberWords.numberMayStart("in 2016", 3)).isTrue();
        assertThat(NumberWords.numberMayStart("a1", 1)).isFalse();      // inside a word
        assertThat(NumberWords.numberMayStart("3.5", 2)).isFalse();     // after a decimal point
        assertThat(NumberWords.numberMayStart("seven", 0)).isTrue();
        assertThat(NumberWords.numberMayStart("several", 0)).isFalse();
    }

    @Test
    void currencySignsAndADozenMayStartANumber() {
        assertThat(NumberWords.numberMayStart("$5", 0)).isTrue();
        assertThat(NumberWords.numberMayStart("$", 0)).isFalse();        // a sign with nothing after it
        assertThat(NumberWords.numberMayStart("a dozen eggs", 0)).isTrue();
        assertThat(NumberWords.numberMayStart("a hundred", 0)).isTrue();
        assertThat(NumberWords.numberMayStart("an apple", 0)).isFalse();
    }

    @Test
    void aNumberWordMayStartInAnyCaseButOnlyInAscii() {
        assertThat(NumberWords.numberMayStart("Seventeen died", 0)).isTrue();
        assertThat(NumberWords.numberMayStart("NINE", 0)).isTrue();
        assertThat(NumberWords.numberMayStart("Hundred", 0)).isTrue();
        assertThat(NumberWords.numberMayStart("NİNE", 0)).isFalse();    // a dotted capital I lower-cases to two chars
        assertThat(NumberWords.numberMayStart("Seventeenth", 0)).isFalse();
        assertThat(NumberWords.numberMayStart("A dozen", 0)).isTrue();
        assertThat(NumberWords.numberMayStart("A Dozen", 0)).isFalse();  // as the pattern's own prefix test was
    }

    @Test
    void theScanFindsEachPossibleStartInTurnAndStopsAtTheEnd() {
        String t = "Seventeen of the 40 trucks, nine";
        assertThat(NumberWords.nextNumberStart(t, 0)).isEqualTo(0);
        assertThat(NumberWords.nextNumberStart(t, 1)).isEqualTo(17);
        assertThat(NumberWords.nextNumberStart(t, 18)).isEqualTo(28);   // "40": its second digit is inside the word
        assertThat(NumberWords.nextNumberStart(t, 29)).isEqualTo(t.length());
        assertThat(NumberWords.numberMayStart("seventeens", 0)).isFalse(); // ten letters: no number word is as long
        assertThat(NumberWords.numberMayStart("hundred", 0)).isTrue();     // a number word that ends the text
    }
}
