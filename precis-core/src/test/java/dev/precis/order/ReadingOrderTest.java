package dev.precis.order;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.select.DefiniteOpening;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingOrderTest {
    @Test
    void aSummaryOpensWithALeadRatherThanWithTheTeam() {
        ClusterText text = TestClusters.cluster(
                "A new study says ten portions of fruit a day could prevent millions of deaths. The team found that five portions a day already reduced the risk.",
                "The team found that the greatest benefit came from eating 800 grams a day. It was published on Thursday.");
        Sentence team = text.sentencesOf(1).get(0), lead = text.sentencesOf(0).get(0);
        List<Sentence> ordered = new SourceOrderer().order(text, List.of(team, lead));
        assertThat(ordered.get(0)).isEqualTo(lead);
    }

    @Test
    void aLeaningSentenceFollowsAnotherArticlesSentenceThatSaysWhatItsSupportSays() {
        String opened = "Mayor Jane Smith opened the new harbour bridge in Portville on Monday";
        ClusterText text = TestClusters.cluster("The city council met on Tuesday to discuss the budget for next year. " + opened + " morning.",
                opened + ". She called the bridge a triumph for the whole city and its workers.");
        Sentence budget = text.sentencesOf(0).get(0), report = text.sentencesOf(0).get(1), she = text.sentencesOf(1).get(1);
        List<Sentence> ordered = new SourceOrderer().order(text, List.of(she, budget, report));
        assertThat(ordered).containsExactly(budget, report, she);
    }

    @Test
    void aSentenceNamingSomeoneBareFollowsTheirIntroduction() {
        ClusterText text = TestClusters.cluster(
                "\"We have to make sure that the signal goes out,\" Camp told reporters on Wednesday. The vote was close.",
                "The committee voted to send the case to prosecutors on Wednesday. Its chairman, Dave Camp, said the step was rare.");
        Sentence quote = text.sentencesOf(0).get(0), intro = text.sentencesOf(1).get(1), vote = text.sentencesOf(1).get(0);
        List<Sentence> ordered = new SourceOrderer().order(text, List.of(quote, vote, intro));
        assertThat(ordered.indexOf(quote)).isGreaterThan(ordered.indexOf(intro));
    }

    /**
     * When no chosen sentence can head a group, {@link Adjacency} keeps them all in source order and
     * they stay one group: the "However" lead does not replace the opener "The team also ...", as it
     * would if it were a group of its own.
     */
    @Test
    void sentencesThatAllLeanStayInSourceOrderAsOneGroup() {
        ClusterText text = TestClusters.cluster(
                "A new study of diets was published in London on Thursday. The team also found that five portions a day reduced the risk. It was widely reported.",
                "Doctors have long urged people to eat more fruit. However, most adults eat far less than that every day.");
        Sentence team = text.sentencesOf(0).get(1), however = text.sentencesOf(1).get(1);
        assertThat(DefiniteOpening.noun(team)).isNotNull();
        List<Sentence> ordered = new SourceOrderer().order(text, List.of(however, team));
        assertThat(ordered).containsExactly(team, however);
    }

    /**
     * Two sentences that each introduce whom the other names bare cannot both come second: moving
     * one after the other only trades one missing introduction for another, so neither moves (before,
     * they swapped every round until the round limit, and the limit's parity chose the order).
     */
    @Test
    void twoSentencesThatIntroduceEachOthersNamesAreNotSwappedBackAndForth() {
        ClusterText text = TestClusters.cluster(
                "The city council met on Tuesday to discuss the harbour budget for next year.",
                "Doe said that John Smith had asked her to pay for half of the new harbour plan.",
                "Smith said that Jane Doe had agreed to pay for half of the harbour plan.");
        Sentence council = text.sentencesOf(0).get(0), doe = text.sentencesOf(1).get(0), smith = text.sentencesOf(2).get(0);
        List<Sentence> ordered = new SourceOrderer().order(text, List.of(council, doe, smith));
        assertThat(ordered).containsExactly(council, doe, smith);
    }

    /**
     * "called the plan a mistake" judges a plan the reader has not met: a summary opens with the
     * other article's lead instead, and the judgement follows it.
     */
    @Test
    void aSummaryDoesNotOpenWithAJudgementOfSomethingItHasNotTold() {
        ClusterText text = TestClusters.cluster(
                "Mary Jones, head of the riverside residents' association, called the plan a costly mistake for everyone. Residents met on Friday.",
                "The city of Portville will build a new concrete wall along its river to stop the spring floods, the council said on Monday.");
        Sentence judged = text.sentencesOf(0).get(0), lead = text.sentencesOf(1).get(0);
        assertThat(PointsBack.in(judged.text())).isTrue();
        List<Sentence> ordered = new SourceOrderer().order(text, List.of(judged, lead));
        assertThat(ordered).containsExactly(lead, judged);
    }

    /** A summary does not open with a quotation when an article's lead can open it. */
    @Test
    void aSummaryDoesNotOpenWithAQuotation() {
        ClusterText text = TestClusters.cluster(
                "\"Every house on this street will be rebuilt before the winter,\" Anna Lee, the mayor of Eastbrook, said in a statement.",
                "A flood swept through the small mountain town of Eastbrook on Sunday night, destroying forty houses along its main street.");
        Sentence quote = text.sentencesOf(0).get(0), lead = text.sentencesOf(1).get(0);
        List<Sentence> ordered = new SourceOrderer().order(text, List.of(quote, lead));
        assertThat(ordered).containsExactly(lead, quote);
    }

    /** A lead of a few words is a dateline or a credit more often than a story's opening: it does not replace the opener. */
    @Test
    void aShortLeadDoesNotReplaceTheOpener() {
        ClusterText text = TestClusters.cluster(
                "Mary Jones, head of the riverside residents' association, called the plan a costly mistake for everyone. Residents met on Friday.",
                "Portville river pictures. The city of Portville will build a new concrete wall along its river to stop the spring floods.");
        Sentence judged = text.sentencesOf(0).get(0), caption = text.sentencesOf(1).get(0);
        assertThat(caption.wordCount()).isLessThan(10);
        List<Sentence> ordered = new SourceOrderer().order(text, List.of(judged, caption));
        assertThat(ordered).containsExactly(judged, caption);
    }

    /** A naming verb judges something told before only when its object is a bare definite noun. */
    @Test
    void onlyADefiniteThingJudgedPointsBack() {
        assertThat(PointsBack.in("Critics described the move as a betrayal of the voters.")).isTrue();
        assertThat(PointsBack.in("The senator called the ruling \"a disgrace\" on Tuesday.")).isTrue();
        assertThat(PointsBack.in("She called a press conference on Tuesday.")).isFalse();
        assertThat(PointsBack.in("He described how the storm destroyed the harbour.")).isFalse();
    }
}
