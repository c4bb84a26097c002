package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Credits after a quote with no verb of saying ({@link VerblessCredits}); invented sentences. */
class VerblessCreditsTest {
    private static final Speakers.Pronouns NO_ONE = new Speakers.Pronouns("", "", "");

    private static String speakerOf(String article, String quotePrefix) {
        List<Quote> found = Quotes.find(TestClusters.cluster(article));
        return found.stream().filter(q -> q.text().startsWith(quotePrefix)).findFirst().orElseThrow().speaker();
    }

    @Test
    void aDashAndTheNameAfterAFinishedQuote() {
        String digest = "Here is what the winners said backstage at the harbour awards.\n"
                + "“I did not expect this at all. My speech was a mess and I am sorry for it.” — Ada Brandt, on her win\n"
                + "“We rowed for nine hours and nobody believed we would make it.”—Ivo Marsh, asked about the final leg\n"
                + "“A calm, careful and generous book about the sea.”—The Harbour Review";
        assertThat(speakerOf(digest, "I did not expect")).isEqualTo("Ada Brandt");
        assertThat(speakerOf(digest, "We rowed for nine")).isEqualTo("Ivo Marsh");
        assertThat(speakerOf(digest, "A calm, careful")).endsWith("Harbour Review");
    }

    @Test
    void aNameWithItsClauseAfterAQuoteLeftOpenByAComma() {
        String article = "The vote is set for Tuesday.\n“I am afraid this will not fix the harbour, and that is why I came here,” "
                + "Sen. Ada Brandt (D-OR), who was elected by the dock workers.";
        assertThat(speakerOf(article, "I am afraid")).isEqualTo("Ada Brandt");
    }

    @Test
    void noCreditWhereTheWordsAfterTheQuoteAreNoneOfThese() {
        // one word after a dash: an agency's credit line as often as a speaker
        assertThat(VerblessCredits.after("The ferry is late again.", " — Reuters", java.util.Map.of(), NO_ONE)).isNull();
        // a dash after a quote left open by a comma runs the writer's sentence on
        assertThat(VerblessCredits.after("the ferry is late,", " — Ada Brandt, who runs it, said", java.util.Map.of(), NO_ONE)).isNull();
        // a name and clause holding its own verb of saying is another form's
        assertThat(VerblessCredits.after("the ferry is late,", " Ada Brandt, who runs it, told reporters.", java.util.Map.of(), NO_ONE)).isNull();
        // lower-cased text gives no capitalised name
        assertThat(VerblessCredits.after("the ferry is late.", " — ada brandt, on the delay", java.util.Map.of(), NO_ONE)).isNull();
    }
}
