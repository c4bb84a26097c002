package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.evidence.names.Names;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who the paragraphs are about, tracked across two paragraphs of an invented article (round split16). */
class DiscourseTest {

    private static final String FIRST = "Prof. Anneli Kross says the fault is rare. Tomas Vidal is an engineer who found it.";

    /** Reads each paragraph of {@code t} in order as {@link Quotes} does, up to paragraph {@code last}, without its quotes. */
    private static Discourse read(String t, int last) {
        Map<String, String> longest = Names.longestNames(TestClusters.cluster(t));
        Paragraphs paragraphs = Paragraphs.of(t);
        Discourse discourse = new Discourse(longest, Set.of());
        for (int p = 0; p <= last; p++) {
            discourse.startParagraph(paragraphs, p, t);
            String line = paragraphs.line(p);
            int end = paragraphs.quotes(p).isEmpty() ? line.length() : paragraphs.quotes(p).get(0)[0];
            discourse.read(line.substring(0, end), p, paragraphs.start(p), 0);
            discourse.endParagraph(p, paragraphs.quotes(p).isEmpty());
        }
        return discourse;
    }

    @Test
    void aPersonALaterSentenceOpensOnIsTheLastPersonAndTheSpeechVerbSubjectTheReportedSpeaker() {
        String t = FIRST + "\nHe traced it for weeks. \"The readings went wrong every night at three,\" he said.";
        Discourse d = read(t, 0);
        assertThat(d.recentPerson(0)).isEqualTo("Tomas Vidal");
        assertThat(d.lastPersonAt()).isEqualTo(t.indexOf("Tomas"));
        assertThat(d.lineSpeaker()).isEqualTo("Anneli Kross");
        assertThat(d.reportedBefore(1)).isEqualTo("Anneli Kross"); // a paragraph without quotes reports her words
        assertThat(d.reportedBefore(2)).isNull();
    }

    @Test
    void aParagraphSayingHeCarriesTheLastPersonOnAndAQuoteSpeaksForTheNextParagraph() {
        String t = FIRST + "\nHe traced it for weeks. \"The readings went wrong every night at three,\" he said.";
        Discourse d = read(t, 1);
        assertThat(d.lineSpeaker()).isEmpty(); // the new paragraph has no speaker of its own yet
        assertThat(d.recentPerson(2)).isEqualTo("Tomas Vidal"); // "He" carried him on to paragraph 1
        int quoteEnd = t.indexOf(",\" he") + 2 - t.indexOf('\n') - 1;
        d.quoted("Tomas Vidal", 1, t.indexOf('\n') + 1, quoteEnd);
        assertThat(d.quoteSpeakerBefore(2)).isEqualTo("Tomas Vidal");
        assertThat(d.lineSpeakerEnd()).isEqualTo(quoteEnd);
        assertThat(d.speakersSeen()).containsExactly("Tomas Vidal");
        d.quoted("", 1, t.indexOf('\n') + 1, quoteEnd);
        assertThat(d.lineSpeakerEnd()).isEqualTo(-1); // a quote naming nobody breaks the chain of continuations
        assertThat(d.quoteSpeakerBefore(2)).isNull();
    }

    @Test
    void aParagraphThatNeitherSaysHeNorNamesHimAgainEndsTheReference() {
        String t = FIRST + "\nThe plant closed in May.\n\"The readings went wrong every night at three,\" a worker said.";
        Discourse d = read(t, 1);
        assertThat(d.recentPerson(1)).isEqualTo("Tomas Vidal");
        assertThat(d.recentPerson(2)).isEmpty();
    }
}
