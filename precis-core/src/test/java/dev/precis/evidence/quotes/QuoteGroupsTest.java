package dev.precis.evidence.quotes;

import dev.precis.model.Citation;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteGroupsTest {

    private static QuoteGroups.Found found(String text, String speaker, int article, int start) {
        return new QuoteGroups.Found(text, speaker, new Citation(article, "d" + (article + 1), start, start + text.length()), Quotes.key(text));
    }

    @Test
    void aQuoteInsideALongerOneJoinsItAndTheLongerTextIsKept() {
        List<Quote> quotes = QuoteGroups.group(List.of(
                found("We will rebuild the whole port", "Ana Costa", 1, 40),
                found("We will rebuild the whole port, stone by stone", "", 0, 10)));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We will rebuild the whole port, stone by stone");
            assertThat(q.speaker()).isEqualTo("Ana Costa"); // an empty speaker casts no vote
            assertThat(q.citations()).extracting(Citation::article).containsExactly(0, 1);
        });
    }

    @Test
    void aShortContainedQuoteStaysApart() {
        assertThat(QuoteGroups.group(List.of(
                found("not now", "Ana Costa", 0, 0),
                found("not now, not ever, not here", "Ana Costa", 1, 0)))).hasSize(2);
    }

    @Test
    void theSpeakerMostArticlesGiveWinsAndANameBeatsARoleOnATie() {
        String text = "We will rebuild the whole port";
        assertThat(QuoteGroups.group(List.of(found(text, "the mayor", 0, 0), found(text, "the mayor", 1, 0),
                found(text, "Ana Costa", 2, 0))).get(0).speaker()).isEqualTo("the mayor");
        assertThat(QuoteGroups.group(List.of(found(text, "the mayor", 0, 0), found(text, "Ana Costa", 1, 0)))
                .get(0).speaker()).isEqualTo("Ana Costa");
    }
}
