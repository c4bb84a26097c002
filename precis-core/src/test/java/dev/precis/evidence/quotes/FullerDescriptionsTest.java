package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FullerDescriptionsTest {

    private static String last(String article) {
        List<Quote> found = Quotes.find(TestClusters.cluster(article));
        return found.get(found.size() - 1).speaker();
    }

    @Test
    void theShortDescriptionIsTheSourceIntroducedBefore() {
        String t = "A state health official familiar with the inquiry said the clinic had closed. “We are still counting the files,” ";
        assertThat(FullerDescriptions.of("the official", t, t.length() - 1)).isEqualTo("a state health official");
        String u = "Asked about the delay, a spokeswoman for Harbor Transit declined to comment. Later the spokeswoman said more. “";
        assertThat(FullerDescriptions.of("the spokeswoman", u, u.length() - 1)).isEqualTo("a spokeswoman for Harbor Transit");
        assertThat(last("The ferry was late again on Tuesday. A port official familiar with the timetable said the crew was short. "
                + "“Two deck hands called in sick this morning,” the official said.")).isEqualTo("a port official");
    }

    @Test
    void noIntroductionOrANamedSourceGivesNothing() {
        String t = "The ferry was late again. “We are still counting the files,” ";
        assertThat(FullerDescriptions.of("the official", t, t.length() - 1)).isNull();
        // a source the text named is no unnamed one
        String u = "A spokesman, Tomas Reyes, said the line was closed. “";
        assertThat(FullerDescriptions.of("the spokesman", u, u.length() - 1)).isNull();
        // "a statement from the official": no official introduced by it
        String v = "The board read a statement from the official on Monday. “";
        assertThat(FullerDescriptions.of("the official", v, v.length() - 1)).isNull();
        // "a source" says no more than "the source"
        assertThat(FullerDescriptions.of("the source", "A source said so. “", 18)).isNull();
        // not a source noun, or already set apart
        assertThat(FullerDescriptions.of("the neighbor", "A neighbor said so. “", 19)).isNull();
        assertThat(FullerDescriptions.of("the city official", "A city official said so. “", 25)).isNull();
    }
}
