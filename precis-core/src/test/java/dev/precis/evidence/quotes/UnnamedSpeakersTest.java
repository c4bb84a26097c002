package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnnamedSpeakersTest {

    private static String last(String article) {
        List<Quote> found = Quotes.find(TestClusters.cluster(article));
        return found.get(found.size() - 1).speaker();
    }

    @Test
    void aDescriptionAfterTheQuoteThenItsVerb() {
        assertThat(UnnamedSpeakers.after("It was dark", ", one ferry worker told the inspectors.")).isEqualTo("one ferry worker");
        assertThat(UnnamedSpeakers.after("It was dark", ", as one harbour pilot described it.")).isEqualTo("one harbour pilot");
        assertThat(last("The ferry sank at dawn. “I saw the water come in over the bow,” one deck hand told the inquiry on Monday."))
                .isEqualTo("one deck hand");
        // a quote closed by its own period: the description after it speaks the next quote, not this one
        assertThat(UnnamedSpeakers.after("It was dark.", " another deck hand said, ")).isNull();
        assertThat(Quotes.find(TestClusters.cluster("the ferry sank at dawn. \"we saw the water come in over the bow. \" another "
                + "deck hand said, \"nobody told us where the life jackets were.\"")).get(0).speaker()).isNotEqualTo("another deck hand");
    }

    @Test
    void theVerbThenADescriptionUpToWhenItWasSaid() {
        assertThat(UnnamedSpeakers.after("It was dark", ", said one visibly tired diver after the search ended.")).isEqualTo("one visibly tired diver");
        assertThat(last("The ferry sank at dawn. “It was too dark to see anything down there,” said one exhausted diver after "
                + "the search ended.")).isEqualTo("one exhausted diver");
        // a name after the verb is another form's
        assertThat(UnnamedSpeakers.after("It was dark", ", said Ana Costa after the search.")).isNull();
        // "told one reporter": whom the words were said to, not who said them
        assertThat(UnnamedSpeakers.after("It was dark", ", told one reporter after the search.")).isNull();
    }

    @Test
    void aDescriptionBeforeTheQuote() {
        assertThat(UnnamedSpeakers.before("Another passenger stood up and said, ")).isEqualTo("another passenger");
        assertThat(UnnamedSpeakers.before("As one pilot told me: ")).isEqualTo("one pilot");
        assertThat(UnnamedSpeakers.before("When the mayor left, one of the clerks remarks, ")).isEqualTo("one of the clerks");
        assertThat(UnnamedSpeakers.before("When the captain walks in, someone asks, ")).isEqualTo("someone");
        assertThat(last("The ferry sank at dawn. Another passenger stood up and said, “Nobody told us where the life jackets were.”"))
                .isEqualTo("another passenger");
        // a number of things, not of people, and no verb of saying: nothing
        assertThat(UnnamedSpeakers.before("One of the boats was named ")).isNull();
    }

    @Test
    void anUnnamedSpeakerIsNoOneHeOrSheCanStandFor() {
        assertThat(UnnamedSpeakers.describes("one deck hand")).isTrue();
        assertThat(UnnamedSpeakers.describes("someone")).isTrue();
        assertThat(UnnamedSpeakers.describes("Ana Costa")).isFalse();
        // "he" after an unnamed speaker keeps the person named before
        assertThat(last("Ana Costa said the ferry was late. “Nobody could see the pier at all that night,” one deck hand told the "
                + "inquiry. “We waited for hours in the cold and the dark,” she said.")).isEqualTo("Ana Costa");
    }
}
