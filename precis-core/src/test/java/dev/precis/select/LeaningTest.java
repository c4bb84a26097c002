package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.order.SourceOrderer;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LeaningTest {
    /** A dangling "But ..." after the sentence it leans on, and an unrelated sentence in another article. */
    private static final ClusterText BRIDGE_VOTE = TestClusters.cluster(
            "The city council voted to close the old bridge over the river. But residents said the vote came far too late for the town.",
            "Engineers found deep cracks in the old bridge last spring during an inspection.");

    @ParameterizedTest
    @ValueSource(strings = {"But the council rejected the plan on Monday.", "And then the storm hit the coast.",
            "However, officials said the road would stay closed.", "Now he has just six.",
            "Still, the mayor refused to comment on the case.", "He was pronounced dead at the scene.",
            "They are expected to survive the night.", "This is an area that is new to man.",
            "\"It is a nightmare,\" he says of the flooding.", "The team also identified several fruits.",
            "We can start living again and no more nightmares,\" said Fran Keller.",
            "Just days later, the military announced that the system had arrived at the base.",
            "Two weeks later, the company filed for bankruptcy in Delaware.",
            "The next morning, the river broke its banks again.",
            "Even accounting for these caveats, however, the researchers believe the rate was lower.",
            "First, a television commentator called the senator a name on air.",
            "For an instant, they get to gloat before the next award is read out.",
            "In 2010, he moved the company to Texas and hired 300 people.",
            "Initially, I considered attaching pressure sensors to the legs of the bed.",
            "Having a second examination will ensure our ability to get a clear picture.",
            "Adding to the drama is the fact that an employee filed a complaint.",
            "One of Zirkle's dogs also was injured in the crash.",
            "One such liaison officer said the exercise had gone well.", "Others are calling for more restraint.",
            "\"He knew where he was speaking,\" said Sanders.", "\"They have nothing left,\" the mayor told reporters.",
            "Game on, in other words.", "The vote was close, though.", "The council said it would appeal, however.",
            "Although the new rules make this happy, stuffed-animal friendly scenario unlikely.",
            "Though the storm passed the harbour quickly.", "You're going to be immersed in a virtual world all day.",
            "Smith gets that a lot.", "Police arrested him.", "The company denied it again.",
            "The bridge will close in June, said he, and the repairs will take a year.",
            "It is expected to reach the coast on Friday.", "It’s now selling fewer copies than a year ago.",
            "Similar results were seen in mice fed the same diet."})
    void sentencesThatLeanOnTheOneBefore(String s) {
        assertThat(Leaning.kind(s)).isEqualTo(Leaning.Kind.PREVIOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The council rejected the plan on Monday.", "This year, the festival drew 3,000 people.",
            "\"It is time to go underwater,\" said Air Chief Marshal Angus Houston.",
            "Police said the suspect was arrested Sunday in Paris.", "Sen. Bernie Sanders praised the speech.",
            "First Lady Michelle Obama visited the school on Monday.", "In 2010, the company moved its headquarters to Texas.",
            "When Smith arrived at the office, he found the door open.", "\"We will rebuild,\" the mayor said on Monday.",
            "The mayor said we would all be safe by the weekend.", "World War I ended in November 1918 after four years.",
            "Days of heavy rain left the valley flooded by Friday.",
            "Although it rained all day, the parade went on.", "Although the plan was costly, Smith backed it.",
            "Officials said that nobody was hurt in the blast.", "It’s always fun to watch the boats come in at dawn.",
            "It is clear that the harbour will not reopen this year.", "Police found the car near the river.",
            "The mayor hailed the vote as a turning point for the city and promised to honour it."})
    void sentencesThatStandAlone(String s) {
        assertThat(Leaning.kind(s)).isEqualTo(Leaning.Kind.ALONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"It’s now selling fewer than 300 copies a week in the U.K.", "That’s when the harbour flooded again.",
            "You’re better off taking the ferry, the guide says."})
    void aTypographicApostropheReadsLikeAStraightOne(String s) {
        assertThat(Leaning.kind(s)).isEqualTo(Leaning.Kind.PREVIOUS);
        assertThat(Leaning.kind(s.replace('’', '\''))).isEqualTo(Leaning.Kind.PREVIOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"… It's just really disappointing and disrespectful.", "and the council agreed.",
            "Davis was expected to formally...", "\"This means we don't have to worry about bills."})
    void sentencesNoSingleEarlierSentenceCompletes(String s) {
        assertThat(Leaning.kind(s)).isEqualTo(Leaning.Kind.NEVER);
    }

    @Test
    void aSentenceThatLeavesItsQuotationOpenIsNeverTaken() {
        // the quotation runs on into the next sentence: alone, it would end inside the speaker's words
        ClusterText open = TestClusters.cluster("A hospital spokesman said: \"Two hospitals have sent us fresh evidence about it. "
                + "We are studying it closely.\" The hospital closed on Monday.");
        assertThat(Leaning.on(open, open.sentence(0))).isEqualTo(Leaning.NEVER);
        ClusterText curly = TestClusters.cluster("The mayor said that “the bridge will close in June and the repairs will take a year. "
                + "It is a disaster.” The council met.");
        assertThat(Leaning.on(curly, curly.sentence(0))).isEqualTo(Leaning.NEVER);
        // tokenised text: the closing mark was split off to the start of the next sentence
        ClusterText tokenised = TestClusters.cluster("The board said rebranding is \"futile. \" It met on Monday to vote.");
        assertThat(Leaning.on(tokenised, tokenised.sentence(0))).isEqualTo(Leaning.ALONE);
        ClusterText closed = TestClusters.cluster("The mayor said that “the bridge will close in June,” and left. The council met.");
        assertThat(Leaning.on(closed, closed.sentence(0))).isEqualTo(Leaning.ALONE);
        assertThat(QuoteMarks.leavesQuoteOpen("He called it a \"disaster\" and a \"farce\" on Monday.")).isFalse();
        assertThat(QuoteMarks.leavesQuoteOpen("It was a 6\" pipe that burst on Monday morning.")).isFalse();
        assertThat(QuoteMarks.leavesQuoteOpen("we are lost , \" he said on monday .")).isFalse();
    }

    @Test
    void aSummaryNeverOpensWithADanglingSentence() {
        ClusterText text = TestClusters.cluster(
                "The city council voted to close the old bridge over the river. But residents said the vote came far too late for the town.",
                "Engineers found deep cracks in the old bridge last spring during an inspection. The repairs would cost the city millions of dollars.");
        Sentence dangling = text.sentences().stream().filter(s -> s.text().startsWith("But")).findFirst().orElseThrow();
        double[] scores = new double[text.size()];
        for (int i = 0; i < scores.length; i++) scores[i] = 0.1;
        scores[dangling.id()] = 1.0; // the best sentence on its own, yet it cannot open a summary
        TermVectors vectors = TermVectors.of(text);
        for (int words : new int[] {13, 24, 60}) {
            List<Sentence> chosen = new SourceOrderer().order(text, new MmrSelector().select(text, vectors, scores, Budget.words(words)));
            assertThat(chosen).isNotEmpty();
            assertThat(Leaning.kind(chosen.get(0).text())).isEqualTo(Leaning.Kind.ALONE);
            int at = chosen.indexOf(dangling);
            if (at >= 0) assertThat(chosen.get(at - 1).text()).startsWith("The city council voted");
        }
    }

    @Test
    void aLeaningSentenceIsTakenWithItsSupportWhenTheBudgetAllows() {
        assertThat(summaryOfBridgeVote(new double[] {0.2, 1.0, 0.1}, 40)).startsWith(
                "The city council voted to close the old bridge over the river.",
                "But residents said the vote came far too late for the town.");
    }

    @Test
    void aPronounOrConnectiveReadsOnlyRightAfterWhatItLeansOn() {
        ClusterText text = TestClusters.cluster("The council met on Monday to vote on the bridge. Engineers presented a report on the cracks. "
                + "The mayor spoke for an hour about costs. They voted to close it in June. The council also said the repairs would cost millions.");
        Sentence council = text.sentence(0), mayor = text.sentence(2), they = text.sentence(3), also = text.sentence(4);
        assertThat(Leaning.window(they)).isEqualTo(1);
        assertThat(Leaning.window(also)).isEqualTo(Leaning.WINDOW);
        // "They" two sentences after the council finds no support there; right after the mayor it does.
        assertThat(Leaning.support(text, they, id -> id == council.id())).isEqualTo(-1);
        assertThat(Leaning.support(text, they, id -> id == mayor.id())).isEqualTo(mayor.id());
        // "The council also said" reads after any of the few sentences before it.
        assertThat(Leaning.support(text, also, id -> id == council.id())).isEqualTo(council.id());
    }

    @Test
    void aQuotationLeftOpenEndsInOneOfTheNextSentences() {
        ClusterText two = TestClusters.cluster("A hospital spokesman said: \"Two hospitals have sent us fresh evidence about it. "
                + "We are studying it closely.\" The hospital closed on Monday.");
        assertThat(Leaning.closedBy(two, two.sentence(0))).isEqualTo(two.sentence(1).id());
        ClusterText three = TestClusters.cluster("The mayor said: “The bridge will close in June for the repairs. "
                + "The repairs will take a full year to finish. It is a real disaster for the town.” The council met on Monday.");
        assertThat(Leaning.closedBy(three, three.sentence(0))).isEqualTo(three.sentence(2).id());
        // Longer than QUOTE_RUN sentences, or closed by no sentence: the opening stays out of reach.
        ClusterText longer = TestClusters.cluster("The mayor said: “The bridge will close in June for the repairs. "
                + "The repairs will take a full year to finish. Traffic will move to the ring road. It is a real disaster.” The council met.");
        assertThat(Leaning.closedBy(longer, longer.sentence(0))).isEqualTo(-1);
        // A sentence that closes its own quotation, or stands inside one, closes nothing.
        ClusterText closed = TestClusters.cluster("The mayor said that “the bridge will close in June,” and left. The council met.");
        assertThat(Leaning.closedBy(closed, closed.sentence(0))).isEqualTo(-1);
    }

    @Test
    void anOpenQuotationIsTakenWholeOrNotAtAll() {
        ClusterText text = TestClusters.cluster("The mayor said: “The bridge will close in June for the repairs. "
                + "The repairs will take a full year to finish. It is a real disaster for the town.” The council met on Monday evening.",
                "Engineers found deep cracks in the old bridge last spring during an inspection.");
        Sentence opening = text.sentence(0), middle = text.sentence(1), closing = text.sentence(2);
        double[] scores = new double[text.size()];
        java.util.Arrays.fill(scores, 0.1);
        scores[opening.id()] = 1.0;
        scores[middle.id()] = 0.9;
        TermVectors vectors = TermVectors.of(text);
        List<Sentence> whole = new SourceOrderer().order(text, new MmrSelector().select(text, vectors, scores, Budget.words(40)));
        assertThat(whole.subList(0, 3)).containsExactly(opening, middle, closing);
        // 25 words hold the opening and the middle (21) but not the whole quotation (29): none of it is taken.
        List<Sentence> tight = new MmrSelector().select(text, vectors, scores, Budget.words(25));
        assertThat(tight).doesNotContain(opening, middle, closing).isNotEmpty();
    }

    @Test
    void aGroupIsWorthTheSentenceThatBringsIt() {
        // The dangling sentence is the best; the one it leans on is worth nothing alone. Taken together
        // they are worth the dangling sentence's score, more than the next best sentence alone.
        assertThat(summaryOfBridgeVote(new double[] {0.0, 1.0, 0.8}, 25)).containsExactly(
                "The city council voted to close the old bridge over the river.",
                "But residents said the vote came far too late for the town.");
    }

    private static List<String> summaryOfBridgeVote(double[] scores, int words) {
        List<Sentence> chosen = new MmrSelector().select(BRIDGE_VOTE, TermVectors.of(BRIDGE_VOTE), scores, Budget.words(words));
        return new SourceOrderer().order(BRIDGE_VOTE, chosen).stream().map(Sentence::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "but", "but, he said so", ", but then", "one two three four five six", "in the end; they left: early",
            "a  b\tc", "trailing words ", "no,", "x,,y;;z::w"})
    void theOpeningWordsAreThoseOfTheFullSplit(String lower) {
        assertThat(Leaning.openingWords(lower)).containsExactly(java.util.regex.Pattern.compile("[\\s,;:]+").split(lower, 4));
    }

    @Test
    void leaningsGiveEachSentencesLeaningEveryTimeTheyAreAsked() {
        Leanings leanings = new Leanings(BRIDGE_VOTE);
        for (int round = 0; round < 2; round++) {
            for (int id = 0; id < BRIDGE_VOTE.size(); id++) {
                Sentence s = BRIDGE_VOTE.sentence(id);
                assertThat(leanings.on(s)).isEqualTo(Leaning.on(BRIDGE_VOTE, s));
            }
        }
        assertThat(leanings.on(BRIDGE_VOTE.sentence(1))).isEqualTo(BRIDGE_VOTE.sentence(0).id());
    }
}
