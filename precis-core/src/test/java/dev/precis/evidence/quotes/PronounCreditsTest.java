package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.evidence.quotes.Speakers.Pronouns;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PronounCreditsTest {
    private static String speakerOf(String start, String... articles) {
        List<Quote> found = Quotes.find(TestClusters.cluster(articles));
        return found.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow().speaker();
    }

    /** Mara Quill has no gender cue in the cluster; the article credits her through "she" first. */
    private static final String HARBOUR = "Mara Quill wrote to the council on Monday about the new quay.\n"
            + "\"You forgot the harbour fees entirely, my good friend,\" she said, pointing to the minutes of April.\n";

    @Test
    void aPersonCreditedThroughSheIsNoReferentOfALaterHe() {
        String article = HARBOUR + "\"There are harbour fees in this town at all?\" he asked, puzzled by the minutes.";
        assertThat(speakerOf("You forgot", article)).isEqualTo("Mara Quill");
        assertThat(speakerOf("There are harbour", article)).isEmpty();
    }

    @Test
    void theSamePronounGoesOnToHer() {
        String article = HARBOUR + "\"There are harbour fees in this town, and everyone pays them,\" she added.";
        assertThat(speakerOf("There are harbour", article)).isEqualTo("Mara Quill");
    }

    @Test
    void theCreditsPronounIsReadAfterOrBeforeTheQuote() {
        assertThat(PronounCredits.gender("", " she said, pointing")).isEqualTo('f');
        assertThat(PronounCredits.gender("", " he asked, puzzled")).isEqualTo('m');
        assertThat(PronounCredits.gender("Later She added: ", " The rest")).isEqualTo('f');
        assertThat(PronounCredits.gender("He said, ", "")).isEqualTo('m');
        // a reported clause ("he said she was") or a name's credit is no pronoun credit
        assertThat(PronounCredits.gender("He said she was ", "")).isEqualTo(' ');
        assertThat(PronounCredits.gender("", " Quill said.")).isEqualTo(' ');
        assertThat(PronounCredits.gender("", " the shepherd said")).isEqualTo(' ');
    }

    @Test
    void aPersonCreditedThroughBothPronounsIsLeftAlone() {
        PronounCredits credits = new PronounCredits();
        credits.credit("Mara Quill", "", " she said.");
        assertThat(credits.filter(new Pronouns("Mara Quill", "Mara Quill", "")).he()).isEmpty();
        credits.credit("Mara Quill", "", " he said.");
        assertThat(credits.filter(new Pronouns("Mara Quill", "Mara Quill", "")).he()).isEqualTo("Mara Quill");
        // a role is no person the article credits
        credits.credit("the mayor", "", " she said.");
        assertThat(credits.filter(new Pronouns("the mayor", "", "")).he()).isEqualTo("the mayor");
    }
}
