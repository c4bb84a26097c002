package dev.precis.lexicon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotationsTest {
    @Test
    void aSentenceInsideAnOpenQuotationIsSpeech() {
        String article = "\"We are lost. We dread the holidays.\" The page went on.";
        assertThat(Quotations.openOnLine(article, article.indexOf("We dread"))).isTrue();
        assertThat(Quotations.openOnLine(article, article.indexOf("The page"))).isFalse();
    }

    @Test
    void aQuotationOpensAndClosesOnItsOwnLineOnly() {
        String article = "He said: “We will stay.\nThe council met.”";
        assertThat(Quotations.openOnLine(article, article.indexOf("We will"))).isTrue();
        assertThat(Quotations.openOnLine(article, article.indexOf("The council"))).isFalse();
        assertThat(Quotations.openBetween(article, 0, article.indexOf("The council"))).isTrue();
    }

    @Test
    void anyMarkStraightOrCurlyCounts() {
        assertThat(Quotations.anyMark("He said \"no")).isTrue();
        assertThat(Quotations.anyMark("She said: “We")).isTrue();
        assertThat(Quotations.anyMark("we stay,” he said")).isTrue();
        assertThat(Quotations.anyMark("The council met on Monday.")).isFalse();
    }
}
