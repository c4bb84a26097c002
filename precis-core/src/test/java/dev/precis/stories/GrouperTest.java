package dev.precis.stories;

import dev.precis.clean.rules.Rules;

import dev.precis.clean.RuleCleaner;
import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

import dev.precis.testing.Shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.precis.stories.Texts.ELECTION;
import static dev.precis.stories.Texts.HARBOUR;
import static dev.precis.stories.Texts.HARBOUR_2;
import static dev.precis.stories.Texts.NOTICE;
import static dev.precis.stories.Texts.article;
import static org.assertj.core.api.Assertions.assertThat;

class GrouperTest {
    private static final RuleCleaner CLEANER = Rules.cleaner();

    private static Decision add(Grouper g, long seq, Article a) {
        return g.add(seq, a.id(), Profile.of(a, CLEANER), a.date());
    }

    @Test
    void articlesOfOneStoryJoinAndAnotherStoryStartsItsOwn() {
        List<String> labels = new Replay(List.of(article("a", HARBOUR), article("b", ELECTION), article("c", HARBOUR_2)))
                .labels(GroupingParams.defaults());
        assertThat(labels).containsExactly("1", "2", "1");
    }

    @Test
    void anArticleWithoutStoryTextIsUnassignedWithTheReason() {
        Grouper g = new Grouper(GroupingParams.defaults());
        Decision d = add(g, 1, article("short", "Click here to subscribe to our newsletter."));
        assertThat(d.assigned()).isFalse();
        assertThat(d.noise()).startsWith("no story text");
        assertThat(d.indexed()).isFalse();
    }

    @Test
    void manyCopiesOfOneNoticeNeverFormAStory() {
        List<Article> stream = List.of(article("n1", NOTICE), article("h1", HARBOUR), article("n2", NOTICE),
                article("n3", NOTICE), article("h2", HARBOUR_2), article("n4", NOTICE));
        List<String> labels = new Replay(stream).labels(GroupingParams.defaults());
        assertThat(labels).containsExactly(null, "2", null, null, "2", null);
    }

    /** A text the cleaner keeps, repeated word for word: the first copy is taken back out of its story. */
    @Test
    void aRepeatedTextUnassignsItsFirstCopyToo() {
        Grouper g = new Grouper(GroupingParams.defaults());
        Decision first = add(g, 1, article("e1", ELECTION));
        assertThat(first.story()).isEqualTo(1);
        Decision second = add(g, 2, article("e2", ELECTION));
        assertThat(second.noise()).isEqualTo("repeats the text of article e1");
        assertThat(second.unassigned()).isEqualTo(1);
        Decision third = add(g, 3, article("e3", ELECTION));
        assertThat(third.assigned()).isFalse();
        assertThat(third.unassigned()).isEqualTo(-1);
        assertThat(g.storyCount()).isZero();
    }

    @Test
    void aStoryWithoutArticlesForMoreThanTheDormantDaysTakesNoMore() {
        Article monday = new Article("a", "", "", LocalDate.of(2024, 3, 4), "", HARBOUR);
        Article later = new Article("b", "", "", LocalDate.of(2024, 3, 20), "", HARBOUR_2);
        Article nextDay = new Article("c", "", "", LocalDate.of(2024, 3, 5), "", HARBOUR_2);
        assertThat(new Replay(List.of(monday, later)).labels(GroupingParams.defaults())).containsExactly("1", "2");
        assertThat(new Replay(List.of(monday, nextDay)).labels(GroupingParams.defaults())).containsExactly("1", "1");
    }

    /**
     * The story score is the mean cosine to the story's recent articles: an article close to one
     * article of a story only does not join it. In val-raw-stream, a piece on Trump asking Comey to
     * drop the Flynn inquiry (story 4035) is close to one article of the story on the FBI's scrutiny
     * of Jared Kushner (3947): on the closest article alone it would join that story.
     */
    @Test
    void anArticleCloseToOneArticleOfAStoryOnlyDoesNotJoinIt() {
        List<Article> stream = new ArrayList<>();
        ArticleInputs.read(Shared.require("data/stories/val-raw-stream.jsonl"), a -> {
            if (stream.size() < 340) stream.add(a);
        });
        int at = -1;
        int other = -1;
        for (int i = 0; i < stream.size(); i++) {
            if (stream.get(i).id().equals("multinews-val-4035#0")) at = i;
            if (stream.get(i).id().equals("multinews-val-3947#2")) other = i;
        }
        assertThat(other).isBetween(0, at);
        Replay replay = new Replay(stream);
        List<String> closest = replay.labels(GroupingParams.defaults().withLinkage(0));
        List<String> mean = replay.labels(GroupingParams.defaults());
        assertThat(closest.get(at)).isEqualTo(closest.get(other));
        assertThat(mean.get(at)).isNotEqualTo(mean.get(other)).isEqualTo(Long.toString(at + 1));
    }

    @Test
    void anArticleCloseToTwoStoriesMergesThemAndSaysSo() {
        GroupingParams loose = GroupingParams.defaults().withLinkage(0).withJoin(0.1).withMerge(0.1);
        Grouper g = new Grouper(loose);
        assertThat(add(g, 1, article("h", HARBOUR)).story()).isEqualTo(1);
        assertThat(add(g, 2, article("e", ELECTION)).story()).isEqualTo(2);
        Decision both = add(g, 3, article("b", HARBOUR_2 + "\n\n" + ELECTION.replace("Sunday", "Saturday")));
        assertThat(both.merged()).hasSize(1);
        assertThat(List.of(both.story(), both.merged().get(0))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(g.storyCount()).isEqualTo(1);
    }
}
