package dev.precis.evidence.quotes;

import dev.precis.evidence.quotes.Speakers.Pronouns;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.precis.evidence.names.Sentences.sentenceHead;
import static org.assertj.core.api.Assertions.assertThat;

/** Attribution on its own, given one quote's context as Quotes.findIn builds it; invented sentences. */
class AttributionTest {
    private static final Map<String, String> LONGEST = Map.of("Brandvik", "Tomas Brandvik", "Tomas Brandvik", "Tomas Brandvik");

    /** The speaker of the paragraph's first quote, with the form that chose it. */
    private static String[] speakerOfFirstQuote(String text) {
        Paragraphs paragraphs = Paragraphs.of(text);
        Discourse discourse = new Discourse(LONGEST, Set.of("Tomas Brandvik"));
        discourse.startParagraph(paragraphs, 0, text);
        String line = paragraphs.line(0);
        List<int[]> spans = paragraphs.quotes(0);
        int[] qs = spans.get(0);
        String tail = line.substring(qs[1], spans.size() > 1 ? spans.get(1)[0] : line.length());
        Attribution.QuoteContext quote = new Attribution.QuoteContext(0, line, paragraphs.start(0), spans, 0, qs,
                line.substring(qs[2], qs[3]), sentenceHead(line, qs[0]), tail, null, "", new Pronouns("", "", ""));
        SpeakerPath.Choice choice = new SpeakerPath.Choice();
        String speaker = new Attribution(text, paragraphs, discourse, LONGEST, Map.of(), Set.of("Tomas Brandvik")).speaker(quote, choice);
        return new String[] {speaker, choice.path(speaker).name()};
    }

    @Test
    void aNameAfterTheQuoteSpeaksItByTheAfterForm() {
        assertThat(speakerOfFirstQuote("\"We will keep looking for as long as it takes,\" Tomas Brandvik told reporters."))
                .containsExactly("Tomas Brandvik", "AFTER");
    }

    @Test
    void aQuoteNoFormCreditsHasNoSpeakerAndNoPath() {
        assertThat(speakerOfFirstQuote("\"We will keep looking for as long as it takes.\""))
                .containsExactly("", "NONE");
    }
}
