package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntroducedSubjectsTest {

    private static List<String> speakers(String text) {
        return Quotes.find(TestClusters.cluster(text)).stream().map(Quote::speaker).toList();
    }

    @Test
    void aPersonSetOffAfterTheOpeningWordsTakesThePronounAfterTheNextQuote() {
        assertThat(speakers("“The budget is a mess from start to finish,” Paul Grant told me. Others, like the retired judge Nora Vance, "
                + "were more hopeful. “I have seen worse years and we got through them,” she told me."))
                .containsExactly("Paul Grant", "Nora Vance");
    }

    @Test
    void aRoleThenTheNameOpeningTheParagraphBefore() {
        assertThat(speakers("Ruth Ibsen, who runs the shelter, said the beds were full. “We turn people away every night,” Ibsen said.\n"
                + "Another volunteer, Carl Ortega, said he had worked there for a decade.\n"
                + "“Nobody should sleep on the street in this weather,” he told the paper."))
                .containsExactly("Ruth Ibsen", "Carl Ortega");
    }

    @Test
    void aNameInsideTheSentenceIsNoNewSubject() {
        assertThat(speakers("“We will appeal this ruling,” Paul Grant said. The ruling came from Judge Nora Vance. “It is a sad day for the town,” he said."))
                .containsExactly("Paul Grant", "Paul Grant");
    }

    @Test
    void anUnnamedPersonOpeningTheParagraphBeforeTakesThePronounFromTheNamedSpeaker() {
        // a speaker named by a role after a verb that gives words only before the name, then someone new and unnamed
        assertThat(speakers("Rescuers dug all night. Clara Bossi said her house shook for a minute.\n"
                + "\"The roof fell but did not hit me,\" marveled resident Clara Bossi. \"I just put a pillow on my head.\"\n"
                + "Another woman, sitting by her ruined house, said she did not know what had become of her family.\n"
                + "\"There is nothing left here,\" she said, too upset to give her name. \"I don't know what we'll do.\""))
                .containsExactly("Clara Bossi", "Clara Bossi", "", "");
    }
}
