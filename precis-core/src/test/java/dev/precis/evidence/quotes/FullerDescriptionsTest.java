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
        // not a source noun, or a modifier the introduction did not give
        assertThat(FullerDescriptions.of("the neighbor", "A neighbor said so. “", 19)).isNull();
        assertThat(FullerDescriptions.of("the city official", "A state official said so. “", 26)).isNull();
    }

    @Test
    void aCountedSourceOrAShortDescriptionKeepingOneModifierIsTheIntroductionToo() {
        String t = "One source told us the repairs would take a year. “It is workable,” the source said. "
                + "Another source told us the work had to start soon. “";
        assertThat(FullerDescriptions.of("the source", t, t.indexOf("It is"))).isEqualTo("one source");
        assertThat(FullerDescriptions.of("the source", t, t.length() - 1)).isEqualTo("another source");
        String u = "One former City Hall official found the letter troubling. “";
        assertThat(FullerDescriptions.of("the official", u, u.length() - 1)).isEqualTo("one former City Hall official");
        String v = "On the beach a retired official in a straw hat pointed at the villas. “";
        assertThat(FullerDescriptions.of("the retired official", v, v.length() - 1)).isEqualTo("a retired official");
        assertThat(FullerDescriptions.of("the city official", "A city official said so. “", 25)).isEqualTo("a city official");
    }
}
