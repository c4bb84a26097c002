package dev.precis.clean.rules;

import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.Drop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A headline run into its deck, with no sentence end, goes before the story; story lines stay. */
class LeadingHeadlineTest {
    private static final String STORY = "HARBOURTON — The harbour team danced the last seconds away on Thursday night.\n"
            + "It was the club's first title in forty years, and the crowd stayed on the field for an hour.";

    private static CleanArticle clean(String text) {
        return Rules.cleaner().clean(new Cluster("c", List.of(Article.of("a", text)))).get(0);
    }

    @Test
    void aHeadlineRunIntoItsDeckIsDropped() {
        String deck = "Harbour Town win league title, rout Riverside 5-1 in final match Captain scores twice, wins player"
                + " of the year and leads town to first title in forty years after long spell in lower division";
        CleanArticle a = clean(deck + "\n\nTOWN 5, RIVERSIDE 1\n\n" + STORY);
        assertThat(a.text()).doesNotContain("rout Riverside").contains("danced the last seconds away");
        assertThat(a.drops()).extracting(Drop::rule).contains("headline");
    }

    @Test
    void anOpeningParagraphThatIsStoryIsKept() {
        // A long first paragraph whose last stop was lost still holds sentence ends: story, not a deck.
        String lost = "The harbour team won the league on Thursday after a long season. Its captain scored twice in"
                + " the final and was named player of the year by the league's coaches and the fans";
        assertThat(clean(lost + "\n" + STORY).text()).contains("scored twice");
        // A lede that lost its full stop still has the articles a headline leaves out.
        String lede = "Harbour Town's coach and the Riverside captain sparred on Sunday over the league's charge that the"
                + " club had paid its players more than the rules allow this season";
        assertThat(clean(lede + "\n" + STORY).text()).contains("sparred on Sunday");
        // A first line that introduces what follows (a quotation, a list) ends with a colon.
        String intro = "Harbour Town's mayor used the victory parade on Friday afternoon to take a shot at the league's"
                + " owners, announcing a plan to stop what she called their unsupervised spending:";
        assertThat(clean(intro + "\n" + STORY).text()).contains("unsupervised spending");
        // With no story after it, an unpunctuated line is the story itself.
        String alone = "Harbour Town win league title and rout Riverside 5-1 in final match as captain scores twice and"
                + " wins player of the year in front of a home crowd of twelve thousand";
        assertThat(clean(alone).text()).isEqualTo(alone);
    }
}
