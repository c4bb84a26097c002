package dev.precis.evidence.align;

import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;
import dev.precis.represent.TermVectors;
import dev.precis.segment.OpenNlpSegmenter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactMatchTest {
    /**
     * How closely {@code other} states the fact of {@code summary}, each the one sentence of its
     * article, in a cluster with a third article on something else (so that terms have weights).
     * The real segmenter makes the terms, as in the pipeline.
     */
    private static double match(String summary, String other) {
        List<Article> sources = new ArrayList<>();
        List<CleanArticle> clean = new ArrayList<>();
        for (String body : List.of(summary, other, "The ferry service resumed on the northern route in the spring.")) {
            Article a = new Article("d" + (sources.size() + 1), "", "", null, "", body);
            clean.add(new CleanArticle(sources.size(), a, body, List.of()));
            sources.add(a);
        }
        ClusterText text = new OpenNlpSegmenter().segment(new Cluster("test", sources), clean);
        assertThat(text.size()).as("one sentence an article").isEqualTo(3);
        return FactMatch.match(text, TermVectors.of(text), 0, 1);
    }

    @Test
    void aParaphraseOfTheWholeSentenceStatesTheFact() {
        assertThat(match("The council approved the harbour budget on Monday; the mayor vowed to veto the plan within a week.",
                "On Monday the council approved the harbour budget, and the mayor vowed to veto the plan within a week."))
                .isGreaterThanOrEqualTo(FactMatch.SAME_FACT);
    }

    @Test
    void aSentenceThatLeavesOutAClauseAfterASemicolonStatesOnlyPartOfTheFact() {
        // The first clause, word for word, is most of the weight: the whole-sentence share alone would keep it.
        assertThat(match("The council approved the harbour budget for the new marina and its parking garage; the mayor vowed a veto.",
                "The council approved the harbour budget for the new marina and its parking garage after a long debate."))
                .isZero();
    }

    @Test
    void aSentenceThatLeavesOutTheTurnAfterAnEllipsisStatesOnlyPartOfTheFact() {
        assertThat(match("I admire the careful engineers, welders and designers of the old Baltic shipyard in Gdansk…but this is where we part.",
                "I admire the careful engineers, welders and designers of the old Baltic shipyard in Gdansk."))
                .isZero();
    }

    @Test
    void aQuotationOfSeveralSentencesNeedsEachOfThem() {
        assertThat(match("“Orders at the Baltic shipyard are at record levels across every yard we run. Wages for welders are rising fast. "
                        + "Nobody saw that coming!” he wrote.",
                "“Orders at the Baltic shipyard are at record levels across every yard we run. Wages for welders are rising fast,” the owner said."))
                .isZero();
        assertThat(match("“Orders at the shipyard are at record levels. Wages are rising fast,” the owner wrote.",
                "“Orders at the shipyard are at record levels. Wages are rising fast,” the owner wrote on Friday."))
                .isGreaterThanOrEqualTo(FactMatch.SAME_FACT);
    }

    @Test
    void aShortSettingLeftOutIsNoMissingClause() {
        // "Today;" carries too few terms to be a statement of its own.
        assertThat(match("Today; the ferry company cancelled every crossing to the island because of the storm.",
                "The ferry company cancelled every crossing to the island because of the storm."))
                .isGreaterThanOrEqualTo(FactMatch.SAME_FACT);
    }

    @Test
    void aSentenceThatNamesOnlySomeOfASeriesStatesOnlyPartOfTheFact() {
        assertThat(match("Kent, Essex and Surrey called in army engineers to shore up the flood barriers.",
                "Essex and Surrey called in army engineers to shore up the flood barriers."))
                .isZero();
        assertThat(match("Kent, Essex and Surrey called in army engineers to shore up the flood barriers.",
                "Surrey, Kent and Essex called in army engineers to shore up the flood barriers on Monday."))
                .isGreaterThanOrEqualTo(FactMatch.SAME_FACT);
    }

    @Test
    void aMissingNumberStillRulesTheCitationOut() {
        assertThat(match("The storm closed 14 schools along the coast and cut power to the harbour district.",
                "The storm closed 12 schools along the coast and cut power to the harbour district."))
                .isZero();
    }

    @Test
    void aSentenceThatLeavesOutACountWrittenInWordsStatesOnlyPartOfTheFact() {
        // "seven counts of" is little weight next to the rest, which the other sentence states word for word
        assertThat(match("The former harbour treasurer was charged with seven counts of embezzling ferry fares from the port authority.",
                "The former harbour treasurer was charged with embezzling ferry fares from the port authority."))
                .isZero();
    }

    @Test
    void aCountWrittenInWordsMayBeStatedInDigitsOrInWords() {
        String summary = "The former harbour treasurer was charged with seven counts of embezzling ferry fares from the port authority.";
        assertThat(match(summary, "The former harbour treasurer was charged with 7 counts of embezzling ferry fares from the port authority."))
                .isGreaterThanOrEqualTo(FactMatch.SAME_FACT);
        assertThat(match(summary, "The former harbour treasurer was charged with Seven counts of embezzling ferry fares from the port authority."))
                .isGreaterThanOrEqualTo(FactMatch.SAME_FACT);
    }
}
