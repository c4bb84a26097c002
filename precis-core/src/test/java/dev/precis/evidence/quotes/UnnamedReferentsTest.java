package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnnamedReferentsTest {
    private static String speakerOf(String start, String... articles) {
        List<Quote> found = Quotes.find(TestClusters.cluster(articles));
        return found.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow().speaker();
    }

    /** An unnamed witness who tells her story over two paragraphs; the only person named is a man. */
    private static final String FERRY = "The woman who saw the ferry leave had waited on the pier since dawn, she said. "
            + "She also said that Mr. Olaf Brenner, the captain, never looked back at the crowd.\n"
            + "\"It just sailed off with half the village still standing on the quay,\" she said.\n"
            + "Later that night the harbour office was closed, she said.\n"
            + "\"Nobody answered the telephone there until the next morning,\" she said.\n";

    @Test
    void sheAfterASentenceOpeningOnAnUnnamedWomanIsTheWoman() {
        assertThat(speakerOf("It just sailed", FERRY)).isEqualTo("the woman");
        assertThat(speakerOf("Nobody answered", FERRY)).isEqualTo("the woman");
    }

    @Test
    void aWomanTheArticleNamedAndCreditedAsSheKeepsTheUnresolvedShe() {
        String article = "Lina Varga said, \"The harbour fees were raised twice this year alone.\"\n"
                + "The woman who runs the fish stall agreed with the council, she said.\n"
                + "\"We were never asked about any of it before the vote,\" she said.\n";
        assertThat(speakerOf("We were never", article)).isNotEqualTo("the woman");
    }

    @Test
    void theOtherGendersNounGivesNothing() {
        String article = "The man who saw the ferry leave had waited on the pier since dawn.\n"
                + "\"It just sailed off with half the village still standing on the quay,\" she said.\n";
        assertThat(speakerOf("It just sailed", article)).isEmpty();
    }

    @Test
    void onlyASentenceThatOpensOnTheNounCounts() {
        assertThat(UnnamedReferents.described("He met the woman on the pier. \"Go home now, all of you,\" she said.",
                Paragraphs.of("He met the woman on the pier. \"Go home now, all of you,\" she said."), 31, 0, 'f')).isEmpty();
        String t = "A young man met Mara on the pier. \"Go home now, all of you,\" he said.";
        assertThat(UnnamedReferents.described(t, Paragraphs.of(t), t.indexOf('"'), 0, 'm')).isEqualTo("the man");
    }

    @Test
    void notInLowerCasedText() {
        // lower-cased text, capitals only opening sentences: the named persons are no candidates there
        assertThat(speakerOf("It just sailed", FERRY.replace("Mr. Olaf Brenner", "mr. olaf brenner"))).isNotEqualTo("the woman");
    }
}
