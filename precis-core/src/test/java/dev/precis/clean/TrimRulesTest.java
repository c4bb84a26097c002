package dev.precis.clean;

import dev.precis.clean.rules.Rules;

import dev.precis.clean.rules.GluedCredit;

import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cleaning cuts the debris part of a line and keeps the story in it. */
class TrimRulesTest {
    private static String clean(String text) {
        List<CleanArticle> out = Rules.cleaner().clean(new Cluster("c", List.of(Article.of("a", text))));
        return out.get(0).text();
    }

    private static final String STORY = "There is no question the council made the right call on the bridge. "
            + "Engineers had warned for two years that the span could fail in a flood.";

    @Test
    void aLeadingPhotoCreditIsCut() {
        assertThat(clean("John Smith/Getty Images " + STORY)).isEqualTo(STORY);
        assertThat(clean("Jane Doe / Splash News " + STORY)).isEqualTo(STORY);
        assertThat(clean("William Wei, Business Insider " + STORY)).isEqualTo(STORY);
        assertThat(clean("Jane Doe, Getty Images " + STORY)).isEqualTo(STORY);
    }

    @Test
    void aSubjectBeforeAnAgencyThatReportsIsNoCredit() {
        String line = "Boeing, Reuters reported on Monday, will cut the output of its largest jet by a third next year. " + STORY;
        assertThat(clean(line)).isEqualTo(line);
    }

    @Test
    void aCaptionAndItsAgencyAreCut() {
        assertThat(clean("The cabin of a Qatar Airways plane. AP " + STORY)).isEqualTo(STORY);
    }

    @Test
    void aCaptionToggleWithItsRepeatedCreditIsCut() {
        String story = STORY.toLowerCase().replace("there", "There");
        assertThat(clean("enlarge this image toggle caption gregorio borgia/ap gregorio borgia/ap " + story)).isEqualTo(story);
        assertThat(GluedCredit.repeatedCredit("jaxa jaxa a cable was launched")).isEqualTo("jaxa jaxa ".length());
    }

    @Test
    void aDatelineWithADateIsCut() {
        assertThat(clean("FLORENCE, Italy, Feb. 25 (UPI) -- " + STORY)).isEqualTo(STORY);
        assertThat(clean("LONDON, March 3 (Reuters) - " + STORY)).isEqualTo(STORY);
    }

    @Test
    void aWebAddressCreditInCapitalsIsCut() {
        String quote = "'I want you to be my date' was one text message the singer says the golfer sent her in 2009.";
        assertThat(clean("DEVONJAMESXXX.COM " + quote)).isEqualTo(quote);
        assertThat(clean("TMZ.COM " + STORY)).isEqualTo(STORY);
    }

    @Test
    void aSlashDatelineIsCut() {
        assertThat(clean("SINGAPORE/BEIJING Flamboyant former basketball star Dennis Rodman arrived in North Korea on Tuesday for a visit."))
                .startsWith("Flamboyant former basketball star");
    }

    @Test
    void aTrailingWidgetIsCut() {
        assertThat(clean(STORY + " Related PHOTOS: The bridge through the years")).isEqualTo(STORY);
        assertThat(clean(STORY + " Email us at tips@example.com")).isEqualTo(STORY);
        assertThat(clean(STORY + " Continue on to The Archives")).isEqualTo(STORY);
    }

    @Test
    void aStoryThatMerelyNamesAnAgencyIsKept() {
        String line = "Getty Images said on Monday it would buy a rival photo agency for $200 million, in a deal that "
                + "gives the company the largest archive of news pictures in the world. The sale still needs approval from "
                + "regulators in Europe and the United States, who have questioned earlier deals in the industry. "
                + "Analysts said the price was high but the archive was worth it to the buyer.";
        assertThat(clean(line)).isEqualTo(line);
    }

    @Test
    void aParagraphThatOpensWithAPlayerKeepsItsStory() {
        String line = "Media playback is unsupported on your device Media caption The reporter describes the scene. "
                + "An aid convoy has reached the besieged town of Madaya, bringing food to thousands of people. "
                + "Residents said some people had died of hunger in recent weeks while the town was cut off.";
        String out = clean(line);
        assertThat(out).contains("An aid convoy has reached the besieged town of Madaya")
                .contains("Residents said some people had died of hunger").doesNotContain("playback");
    }

    @Test
    void aParagraphThatOpensWithAnEmbeddedPostKeepsItsStory() {
        // The truncated form: one line an article, lower case after the first word, the post's
        // signature "— name ( @handle ) date" followed straight by the story.
        String line = "Big night for the harbour team: two goals and the winner pic.twitter.com/xy12ab34cd — harbour sport"
                + " ( @harboursport ) march 3, 2019 while most players hope to score once, one harbour school striker"
                + " managed three goals in the same night. Her last goal came in extra time, the local paper reported,"
                + " and the crowd ran onto the field. The team plays its next match in the regional final on saturday.";
        String out = clean(line);
        assertThat(out).startsWith("while most players hope to score once")
                .contains("Her last goal came in extra time").doesNotContain("pic.twitter.com").doesNotContain("@harboursport");
        // An embedded post on its own line still goes whole.
        assertThat(clean("What a night pic.twitter.com/xy12ab34cd — Jane Roe (@janeroe) March 3, 2019\n" + STORY)).isEqualTo(STORY);
    }

    @Test
    void aCaptionItsCreditOpensGoesWithIt() {
        // A credit, then one present-tense sentence of what the picture shows: the caption.
        assertThat(clean("Jane Doe/Getty Images Captain Sam Roe holds the league trophy after the final in Harbourton.\n" + STORY))
                .isEqualTo(STORY);
        // A story paragraph after a credit is kept, whether it runs on or tells in the past tense.
        assertThat(clean("John Smith/Getty Images " + STORY)).isEqualTo(STORY);
        assertThat(clean("Jane Doe/Getty Images Captain Sam Roe lifted the league trophy after the final in Harbourton."))
                .isEqualTo("Captain Sam Roe lifted the league trophy after the final in Harbourton.");
    }
}
