package dev.precis.evidence.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {
    private static final String TEXT = "He met Mr. Smith and Dr. Jones. Then J. Doe spoke to U.S. officials. Last one.";

    private static String from(String text, String word) {
        return text.substring(Sentences.sentenceStart(text, text.indexOf(word)));
    }

    @Test
    void titlesAndInitialsDoNotEndASentence() {
        assertThat(from(TEXT, "Jones")).startsWith("He met");
        assertThat(from(TEXT, "spoke")).startsWith("Then J. Doe");
        assertThat(from(TEXT, "officials")).startsWith("Then J. Doe");
    }

    @Test
    void aSentenceEndsAtAPeriodBeforeSpace() {
        assertThat(from(TEXT, "Last")).isEqualTo("Last one.");
        assertThat(from(TEXT, " one.")).isEqualTo("Last one.");
    }

    @Test
    void aLineBreakStartsASentence() {
        assertThat(Sentences.sentenceStart("line one\nline two", 12)).isEqualTo(9);
        assertThat(Sentences.sentenceStart("no break at all", 8)).isZero();
    }

    @Test
    void theHeadOfAQuoteIsItsSentenceBeforeTheMark() {
        String line = "It was late. Kerry told reporters: \"We are close.\"";
        assertThat(Sentences.sentenceHead(line, line.indexOf('"'))).isEqualTo(" Kerry told reporters: ");
        String dotted = "Talks with Mr. Lavrov went on. U.S. envoy said: \"No.\"";
        assertThat(Sentences.sentenceHead(dotted, dotted.indexOf('"'))).isEqualTo(" U.S. envoy said: ");
    }
}
