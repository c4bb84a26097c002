package dev.precis.select;

import dev.precis.TestClusters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidatesTest {
    private static boolean eligible(String text) {
        return Candidates.eligible(TestClusters.sentence(0, 0, 0, 0, text.length(), text));
    }

    @Test
    void storySentencesAreEligible() {
        assertThat(eligible("The ceasefire began on Tuesday evening.")).isTrue();
        assertThat(eligible("\"We have nothing left,\" said one resident of the city.")).isTrue();
        assertThat(eligible("He said the talks were \"very difficult\" but would go on.")).isTrue();
    }

    @Test
    void fragmentsQuestionsAndBareDialogueAreNot() {
        assertThat(eligible("Short fragment here.")).isFalse();
        assertThat(eligible("Is this the end of the battle for Aleppo?")).isFalse();
        assertThat(eligible("\"Will anyone help us now?\"")).isFalse();
        assertThat(eligible("\"We have nothing left here at all.\"")).isFalse();
        assertThat(eligible("\u201CWe have nothing left here at all.\u201D")).isFalse();
    }

    @Test
    void aWritersAsidePointingBackIntoItsPageIsNot() {
        assertThat(eligible("As I said, the new plan is far bolder than the council expected.")).isFalse();
        assertThat(eligible("As we noted above, the harbour fire spread to two warehouses.")).isFalse();
        assertThat(eligible("Like I’ve said, the ferry timetable was never meant to change.")).isFalse();
        assertThat(eligible("As noted earlier, the bridge will close for repairs in May.")).isFalse();
        // "as" that compares or says when, and a report of what someone said, point nowhere back
        assertThat(eligible("As I walked home, the harbour fire lit up the whole sky.")).isTrue();
        assertThat(eligible("As the mayor said on Tuesday, the bridge will close in May.")).isTrue();
        assertThat(eligible("Asked about the fire, I said the brigade had done well.")).isTrue();
        assertThat(eligible("As we reported, the ferry's owner was found dead at his ranch last week.")).isTrue();
    }

    @Test
    void rankedIsByScoreThenIdAndDropsWhatCannotFit() {
        var text = TestClusters.sentences(
                "One two three four five six.",
                "One two three four five.",
                "One two three four five six seven eight nine ten eleven.",
                "Tiny.",
                "One two three four five six seven.");
        double[] scores = {0.5, 0.9, 1.0, 1.0, 0.5};
        assertThat(Candidates.ranked(text, scores, Budget.words(10))).containsExactly(1, 0, 4);
        assertThat(Candidates.ranked(text, scores, Budget.sentences(1))).containsExactly(2, 1, 0, 4);
    }

    @Test
    void shortSentencesStandOnlyWhereTheirArticleIsLowerCased() {
        // A cased article: its seven-word sentence is a filler, not summary material.
        var cased = TestClusters.cluster(
                "The harbour board in Valley City voted on Tuesday to rebuild the burnt pier. "
                        + "Would highly recommend the harbour tour. "
                        + "The new pier will open to ferries from Port Roe in May next year.");
        assertThat(Candidates.ranked(cased, new double[] {0.5, 1.0, 0.4}, Budget.words(120))).containsExactly(0, 2);
        // Lower-cased text (Multi-News' truncated form) keeps the plain minimum.
        var lower = TestClusters.cluster(
                "the harbour board in valley city voted on tuesday to rebuild the burnt pier. "
                        + "the ferries will run again soon. "
                        + "the new pier will open to ferries from port roe in may next year.");
        assertThat(Candidates.ranked(lower, new double[] {0.5, 1.0, 0.4}, Budget.words(120))).containsExactly(1, 0, 2);
    }

    @Test
    void selectionLeaningsAndIntroductionsShareTheClustersOneReadingOfItsCasing() {
        var text = TestClusters.cluster(
                "The harbour board in Valley City voted on Tuesday to rebuild the burnt pier. "
                        + "Would highly recommend the harbour tour. "
                        + "The new pier will open to ferries from Port Roe in May next year.");
        var analysis = new dev.precis.analysis.ClusterAnalysis(text);
        // the analysis path answers as the plain one
        assertThat(Candidates.ranked(analysis, new double[] {0.5, 1.0, 0.4}, Budget.words(120))).containsExactly(0, 2);
        assertThat(analysis.has(CasedArticles.OF_CLUSTER)).isTrue();
        CasedArticles shared = analysis.get(CasedArticles.OF_CLUSTER);
        analysis.get(Leanings.OF_CLUSTER).on(text.sentence(1));
        analysis.get(Introductions.OF_CLUSTER);
        assertThat(analysis.get(CasedArticles.OF_CLUSTER)).isSameAs(shared);
    }

    @Test
    void sortIsStableOnLargeInputs() {
        int n = 1000;
        int[] ids = new int[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = n - 1 - i;
            scores[i] = (i * 37) % 10;
        }
        Candidates.sortByScoreDescending(ids, scores);
        for (int k = 1; k < n; k++) {
            int a = ids[k - 1], b = ids[k];
            assertThat(scores[a] > scores[b] || (scores[a] == scores[b] && a < b)).isTrue();
        }
    }
}
