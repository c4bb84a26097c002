package dev.precis.clean;

import dev.precis.clean.rules.Rules;

import dev.precis.model.Article;
import dev.precis.model.Cluster;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Debris put before or after a story paragraph never costs the paragraph a story sentence. */
class StoryKeptPropertiesTest {
    private static final List<String> STORY = List.of(
            "The city council voted on Monday to close the old bridge over the river until repairs are finished.",
            "Engineers had warned for two years that the span could fail during a major flood.",
            "Residents who cross the bridge every day said the detour would add half an hour to their trips.",
            "The mayor said the state had promised to pay most of the cost of the work.",
            "A spokesman for the transport department said the repairs would take about eight months.",
            "Local businesses near the bridge fear they will lose customers while it is closed.",
            "The council will meet again next week to discuss a temporary ferry service.");

    @Provide
    Arbitrary<List<String>> paragraphs() {
        return Arbitraries.of(STORY).list().ofMinSize(2).ofMaxSize(5).uniqueElements();
    }

    @Provide
    Arbitrary<String> before() {
        return Arbitraries.of("", "John Smith/Getty Images ", "Jane Doe / Splash News ", "Eric Gay / AP ",
                "The bridge at dawn. AP ", "enlarge this image toggle caption jane doe/npr jane doe/npr ",
                "Photo: Jane Doe ", "WASHINGTON (AP) — ", "BOSTON/NEW YORK ");
    }

    @Provide
    Arbitrary<String> after() {
        return Arbitraries.of("", " Related PHOTOS: The bridge through the years", " Continue on to The Archives",
                " Email us at tips@example.com", " You must be a subscriber to read this story in full.",
                " Jane Doe/Getty Images", " Read more: Bridges in danger", " Advertisement");
    }

    @Property(tries = 200)
    void storySentencesSurviveDebrisAroundTheirParagraph(@ForAll("paragraphs") List<String> sentences,
                                                         @ForAll("before") String before, @ForAll("after") String after) {
        String paragraph = String.join(" ", sentences);
        String text = "Officials described the plan at a meeting on Tuesday evening in the town hall.\n"
                + before + paragraph + after + "\n"
                + "The plan still needs a vote by the county board before work can begin.";
        String kept = Rules.cleaner().clean(new Cluster("p", List.of(Article.of("a", text)))).get(0).text();
        for (String s : sentences) assertThat(kept).contains(s);
    }
}
