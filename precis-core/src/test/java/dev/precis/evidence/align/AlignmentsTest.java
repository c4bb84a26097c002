package dev.precis.evidence.align;

import dev.precis.TestClusters;
import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Fact;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlignmentsTest {
    /** Sentence 0 and 2 report one fact in other words; 1 and 3 are each one article's own. */
    private static final ClusterText TWO = TestClusters.cluster(
            "Fire crews contained the blaze at the harbour warehouse after six hours. The mayor thanked the volunteers.",
            "After six hours fire crews contained the blaze at the harbour warehouse. Shipping was halted overnight.");
    private static final TermVectors VECTORS = TermVectors.of(TWO);
    private static final Alignments ALIGNED = Alignments.of(TWO, VECTORS);

    @Test
    void eachSentenceAlignsWithItsParaphraseInTheOtherArticle() {
        assertThat(ALIGNED.aligned(0)).containsExactly(2);
        assertThat(ALIGNED.aligned(1)).isEmpty();
        assertThat(ALIGNED.aligned(2)).containsExactly(0);
        assertThat(ALIGNED.aligned(3)).isEmpty();
        assertThat(ALIGNED.best(0, 1)).isEqualTo(2);
        assertThat(ALIGNED.best(0, 0)).isEqualTo(-1); // never its own article
    }

    @Test
    void supportCountsTheOwnArticleToo() {
        assertThat(ALIGNED.supportCounts()).containsExactly(2, 1, 2, 1);
    }

    @Test
    void citationsPointAtTheAlignedSentenceSpan() {
        List<Citation> cites = ALIGNED.citations(TWO.sentence(0));
        assertThat(cites).singleElement().satisfies(c -> {
            assertThat(c.article()).isEqualTo(1);
            assertThat(c.articleId()).isEqualTo("d2");
            assertThat(TWO.articles().get(1).text().substring(c.start(), c.end())).isEqualTo(TWO.sentence(2).text());
        });
        assertThat(ALIGNED.citations(TWO.sentence(1))).isEmpty();
    }

    @Test
    void aFactGroupsTheParaphrasesWithBothCitations() {
        List<Fact> facts = Facts.find(TWO, VECTORS, ALIGNED);
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.support()).isEqualTo(2);
            assertThat(f.text()).isEqualTo(TWO.sentence(0).text());
            assertThat(f.citations()).extracting(Citation::article).containsExactly(0, 1);
        });
    }

    @Test
    void differentNumbersBlockAnAlignmentShortOfACopy() {
        ClusterText text = TestClusters.cluster(
                "Officials said 12 people died when the harbour warehouse burned on Monday night.",
                "Officials said 40 people died when the harbour warehouse burned on Monday night.");
        TermVectors v = TermVectors.of(text);
        assertThat(SupportFinder.numbersConflict(SupportFinder.numberTermIds(v, text.sentence(0)),
                SupportFinder.numberTermIds(v, text.sentence(1)))).isTrue();
        assertThat(v.cosine(0, 1)).isGreaterThan(SupportFinder.COPY);
        assertThat(SupportFinder.alignment(text, v, 0, 1)).isEqualTo(v.cosine(0, 1)); // a near copy still aligns
        ClusterText looser = TestClusters.cluster(
                "Officials said 12 people died when the harbour warehouse burned on Monday night.",
                "Rescuers said 40 people died in the warehouse fire at the harbour, with smoke over the port.");
        TermVectors lv = TermVectors.of(looser);
        assertThat(lv.cosine(0, 1)).isLessThan(SupportFinder.COPY);
        assertThat(SupportFinder.alignment(looser, lv, 0, 1)).isZero();
    }

    @Test
    void unrelatedOrTooShortSentencesDoNotAlign() {
        assertThat(SupportFinder.alignment(TWO, VECTORS, 1, 3)).isZero();
        ClusterText tiny = TestClusters.cluster("Crews came.", "Crews came.");
        TermVectors tv = TermVectors.of(tiny);
        assertThat(tv.cosine(0, 1)).isGreaterThan(0.99);
        assertThat(SupportFinder.alignment(tiny, tv, 0, 1)).isZero(); // fewer than MIN_TERMS terms
    }

    @Test
    void numbersConflictOnlyWhenBothHaveNumbersAndShareNone() {
        assertThat(SupportFinder.numbersConflict(new int[] {12}, new int[] {40})).isTrue();
        assertThat(SupportFinder.numbersConflict(new int[] {12, 2016}, new int[] {2016})).isFalse();
        assertThat(SupportFinder.numbersConflict(new int[] {}, new int[] {40})).isFalse();
    }

    @Test
    void visitingOnlyPairsThatShareATermFindsWhatEveryPairFinds() {
        ClusterText text = TestClusters.aleppo();
        TermVectors v = TermVectors.of(text);
        int n = text.size(), articles = text.articles().size();
        assertThat(articles).isGreaterThan(1);
        int[][] best = new int[n][articles];
        double[][] score = new double[n][articles];
        for (int[] row : best) java.util.Arrays.fill(row, -1);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int a = text.sentence(i).article(), b = text.sentence(j).article();
                if (a == b) continue;
                double s = SupportFinder.alignment(text, v, i, j);
                if (s > score[i][b]) {
                    score[i][b] = s;
                    best[i][b] = j;
                }
                if (s > score[j][a]) {
                    score[j][a] = s;
                    best[j][a] = i;
                }
            }
        }
        Alignments sparse = Alignments.of(text, v);
        int[][] table = new int[n][articles];
        int aligned = 0;
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < articles; a++) table[i][a] = sparse.best(i, a);
            assertThat(sparse.aligned(i)).containsExactly(java.util.Arrays.stream(best[i]).filter(x -> x >= 0).toArray());
            aligned += sparse.aligned(i).length;
        }
        assertThat(table).isDeepEqualTo(best);
        assertThat(aligned).isPositive();
    }
}
