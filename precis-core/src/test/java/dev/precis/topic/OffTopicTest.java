package dev.precis.topic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.NoStoryText;
import dev.precis.Pipeline;
import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.render.JsonRenderer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OffTopicTest {
    private static final String FIRE_1 = "A fire destroyed a warehouse in the harbour district on Tuesday night, the fire brigade said. "
            + "More than sixty firefighters fought the blaze at the harbour warehouse for six hours. "
            + "Nobody was hurt in the fire, but the warehouse and the goods stored in it were lost. "
            + "The cause of the harbour fire is being investigated by the police and the fire brigade.";
    private static final String FIRE_2 = "Firefighters battled a huge blaze at a harbour warehouse through Tuesday night. "
            + "The fire brigade said sixty firefighters were sent to the warehouse fire in the harbour district. "
            + "Police are investigating what caused the fire, which destroyed the whole warehouse.";
    private static final String FIRE_3 = "Residents near the harbour woke to thick smoke as the warehouse fire burned on Tuesday night. "
            + "The fire brigade said the blaze in the harbour warehouse was under control by morning. "
            + "Police and fire investigators will examine the ruins of the warehouse on Wednesday.";
    private static final String RECIPE = "Whisk the eggs with sugar until the mixture turns pale and creamy and light. "
            + "Fold in the flour gently with a spatula, then pour the batter into a buttered tin. "
            + "Bake the sponge at a moderate heat until golden, then let the cake cool on a rack.";
    private static final String SPAM = "Get a payday loan today with no credit check and cash within one hour. "
            + "Bad credit is no problem: our lenders approve payday loans for every applicant in minutes. "
            + "Compare cash advance offers and pick the loan that fits your budget before payday.";

    private static Cluster cluster(String... texts) {
        List<Article> as = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) as.add(Article.of("a" + (i + 1), texts[i]));
        return new Cluster("c", as);
    }

    @Test
    void anArticleFarFromTheClusterIsMarkedAndGivesNothing() {
        Summary s = Precis.summarize(cluster(FIRE_1, FIRE_2, RECIPE, FIRE_3), SummaryOptions.defaults());
        List<CleanArticle> articles = s.articles();
        assertThat(articles.get(2).offTopic()).startsWith("shares no story with the rest of the cluster");
        assertThat(articles.get(0).offTopic()).isNull();
        for (SummarySentence ss : s.sentences()) assertThat(ss.text()).doesNotContain("flour").doesNotContain("eggs");
        JsonNode json = JsonRenderer.tree(s);
        assertThat(json.path("articles").get(2).path("offTopic").asText()).startsWith("shares no story");
        assertThat(json.path("articles").get(0).path("offTopic").isNull()).isTrue();
    }

    @Test
    void twoUnrelatedArticlesAreNotMarkedByDistance() {
        Summary s = Precis.summarize(cluster(FIRE_1, RECIPE), SummaryOptions.defaults());
        assertThat(s.articles()).allSatisfy(a -> assertThat(a.offTopic()).isNull());
    }

    @Test
    void spamBesideAStoryIsMarked() {
        Summary s = Precis.summarize(cluster(FIRE_1, SPAM), SummaryOptions.defaults());
        assertThat(s.articles().get(1).offTopic()).startsWith("spam");
    }

    @Test
    void aClusterOfOnlySpamFailsWithTheArticlesToExplain() {
        Pipeline p = Precis.pipeline();
        assertThatThrownBy(() -> p.prepare(cluster(SPAM)))
                .isInstanceOf(NoStoryText.class)
                .hasMessageContaining("no story text")
                .satisfies(e -> assertThat(((NoStoryText) e).articles().get(0).offTopic()).startsWith("spam"));
    }

    @Test
    void aSingleStoryIsNeverOffTopic() {
        Summary s = Precis.summarize(cluster(FIRE_1), SummaryOptions.defaults());
        assertThat(s.articles().get(0).offTopic()).isNull();
        assertThat(s.sentences()).isNotEmpty();
    }

    private static final String ADVICE = "Before you book a harbour cruise, check what your ticket covers. "
            + "You should arrive early, since your seat is not kept after the boat leaves. "
            + "If you get seasick, take your tablets an hour before you sail. "
            + "The company runs four cruises a day from the old quay.";

    @Test
    void aPageThatTalksToItsReaderIsMarkedWithHowManySentencesDo() {
        Summary s = Precis.summarize(cluster(FIRE_1, FIRE_2, FIRE_3, ADVICE), SummaryOptions.defaults());
        assertThat(s.articles().get(3).offTopic()).isEqualTo(Shapes.ADDRESS_REASON + ": 3 of 4 sentences");
        assertThat(s.articles().get(0).offTopic()).isNull();
    }

    @Test
    void theReaderAddressedInsideQuotesDoesNotCount() {
        String quoted = "\"You should arrive early,\" the captain told passengers on the harbour cruise. "
                + "\"If you get seasick, take your tablets,\" a deckhand said. "
                + "\"Your ticket covers lunch,\" the company said. "
                + "The company runs four cruises a day from the old quay.";
        Summary s = Precis.summarize(cluster(FIRE_1, FIRE_2, FIRE_3, quoted), SummaryOptions.defaults());
        assertThat(s.articles().get(3).offTopic()).isNull();
    }

    @Test
    void aPageThatTalksToItsReaderAboutTheStoryIsNotMarked() {
        // An open letter printed whole, without quotation marks: it addresses its reader, but it
        // shares the story with the other articles, so it is part of the story and not a page apart.
        String letter = "You fought the harbour warehouse fire for six hours on Tuesday night, and the district owes you its thanks. "
                + "You ran into the smoke of the burning warehouse while the rest of the harbour slept. "
                + "Your brigade kept the fire from the homes beside the warehouse. "
                + "The mayor sent this letter to the fire brigade on Wednesday.";
        Summary s = Precis.summarize(cluster(FIRE_1, FIRE_2, FIRE_3, letter), SummaryOptions.defaults());
        assertThat(s.articles().get(3).offTopic()).isNull();
        Summary two = Precis.summarize(cluster(FIRE_1, letter), SummaryOptions.defaults());
        assertThat(two.articles().get(1).offTopic()).isNull();
        // The advice page beside the same story shares too little of it and stays marked.
        Summary advice = Precis.summarize(cluster(FIRE_1, ADVICE), SummaryOptions.defaults());
        assertThat(advice.articles().get(1).offTopic()).startsWith(Shapes.ADDRESS_REASON);
    }

    @Test
    void aPageThatTalksToItsReaderAndSellsIsMarkedEvenCloseToTheStory() {
        // A course page about what the story is about: it shares the story's words, which keeps a page
        // that only talks to its reader, but it also sells, so it is an advertisement.
        String story = "The harbour cruise company trains its deckhands in a new safety course on the old quay. "
                + "The safety course teaches deckhands how to calm seasick passengers on the harbour cruise. "
                + "The company said the harbour cruise deckhands finished the safety course on Tuesday.";
        String course = "Your harbour cruise deckhands need the safety course before the cruise season. "
                + "In this course you will learn how to calm seasick passengers on a harbour cruise. "
                + "You can enroll your deckhands in the safety course on the old quay. "
                + "Your deckhands will get a certificate when they finish the safety course. "
                + "The safety course was written by the harbour cruise company's own deckhands. "
                + "You will see your deckhands calm seasick passengers on the harbour cruise. "
                + "Order now to get the safety course for the season at the best price. "
                + "The old quay hosts the safety course every Tuesday. "
                + "The harbour cruise company first ran the safety course last year.";
        Summary s = Precis.summarize(cluster(story, course), SummaryOptions.defaults());
        assertThat(s.articles().get(1).offTopic()).startsWith(Shapes.PROMOTION_TO_READER_REASON);
        assertThat(s.articles().get(0).offTopic()).isNull();
        for (SummarySentence ss : s.sentences()) assertThat(ss.text()).doesNotContain("enroll");
    }
}
