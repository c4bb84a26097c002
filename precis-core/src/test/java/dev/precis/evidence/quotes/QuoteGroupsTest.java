package dev.precis.evidence.quotes;

import dev.precis.model.Citation;
import dev.precis.model.Quote;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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

    /** Two speeches that share a passage, so that quotes cut from them often contain one another. */
    private static final List<String> SPEECHES = List.of(
            "wewillrebuildthewholeportstonebystoneandnotonefamilywillbeleftbehind",
            "notonefamilywillbeleftbehindwhenthewinterstormsreachtheharbourwalls");

    /** Pieces of the speeches, some of them repeated, around the contained length. */
    @Provide
    Arbitrary<List<String>> quotes() {
        Arbitrary<String> quote = Arbitraries.integers().between(0, 1).flatMap(s -> {
            String speech = SPEECHES.get(s);
            return Arbitraries.integers().between(0, speech.length() - 1).flatMap(from ->
                    Arbitraries.integers().between(from + 1, Math.min(speech.length(), from + 45))
                            .map(to -> speech.substring(from, to)));
        });
        return quote.list().ofMinSize(1).ofMaxSize(160); // past the groups compared with every quote
    }

    @Property(tries = 100)
    void eachQuoteJoinsTheEarliestGroupItIsTheSameAs(@ForAll("quotes") List<String> texts) {
        List<QuoteGroups.Found> found = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) found.add(found(texts.get(i), "", i, 0));
        List<List<QuoteGroups.Found>> expected = new ArrayList<>();
        for (QuoteGroups.Found f : found) {
            List<QuoteGroups.Found> home = expected.stream()
                    .filter(g -> QuoteGroups.same(g.get(0).key(), f.key())).findFirst().orElse(null);
            if (home == null) expected.add(home = new ArrayList<>());
            home.add(f);
        }
        assertThat(QuoteGroups.group(found)).extracting(q -> q.citations().stream().map(Citation::article).toList())
                .isEqualTo(expected.stream().map(g -> g.stream().map(f -> f.citation().article()).sorted().toList()).toList());
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
