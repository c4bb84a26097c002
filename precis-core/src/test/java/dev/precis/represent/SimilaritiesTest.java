package dev.precis.represent;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.score.PageRank;
import dev.precis.score.Scores;
import dev.precis.score.TextRankScorer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimilaritiesTest {
    private static final List<String> WORDS = List.of("harbour", "fire", "crane", "tanker", "mayor", "smoke",
            "river", "bridge", "ferry", "storm", "winter", "police");

    @Provide
    Arbitrary<List<String>> sentences() {
        Arbitrary<String> sentence = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(7)
                .map(words -> String.join(" ", words) + ".");
        return sentence.list().ofMinSize(1).ofMaxSize(30);
    }

    private static ClusterText cluster(List<String> sentences) {
        return TestClusters.sentences(sentences.toArray(String[]::new));
    }

    @Property(tries = 200)
    void rowsAreTheDenseMatrixNonZeroEntriesBitForBit(@ForAll("sentences") List<String> sentences) {
        TermVectors v = TermVectors.of(cluster(sentences));
        Similarities s = Similarities.of(v);
        double[] dense = DenseCosines.of(v);
        int n = v.size();
        assertThat(s.size()).isEqualTo(n);
        assertThat(s.prunedTerms()).isZero();
        for (int i = 0; i < n; i++) {
            int k = s.start(i);
            for (int j = 0; j < n; j++) {
                double d = dense[i * n + j];
                if (d == 0) continue;
                assertThat(k).as("row %d misses %d", i, j).isLessThan(s.end(i));
                assertThat(s.neighbour(k)).isEqualTo(j);
                assertThat(Double.doubleToLongBits(s.weight(k))).isEqualTo(Double.doubleToLongBits(d));
                assertThat(s.get(i, j)).isEqualTo(d);
                k++;
            }
            assertThat(k).as("row %d has extra entries", i).isEqualTo(s.end(i));
        }
    }

    @Property(tries = 200)
    void firstAfterIsWhereTheRowPassesItsOwnSentence(@ForAll("sentences") List<String> sentences) {
        Similarities s = Similarities.of(TermVectors.of(cluster(sentences)));
        for (int i = 0; i < s.size(); i++) {
            int k = s.firstAfter(i);
            assertThat(k).isBetween(s.start(i), s.end(i));
            if (k < s.end(i)) assertThat(s.neighbour(k)).isGreaterThan(i);
            if (k > s.start(i)) assertThat(s.neighbour(k - 1)).isLessThanOrEqualTo(i);
        }
    }

    @Property(tries = 200)
    void sparsePageRankEqualsDensePageRankBitForBit(@ForAll("sentences") List<String> sentences) {
        TermVectors v = TermVectors.of(cluster(sentences));
        double[] dense = DensePageRank.rank(DenseCosines.of(v), v.size(), PageRank.DAMPING, PageRank.TOLERANCE, PageRank.MAX_ITERATIONS);
        double[] sparse = PageRank.rank(Similarities.of(v));
        assertThat(sparse).containsExactly(dense);
    }

    @Property(tries = 200)
    void sparseTextRankEqualsItsDenseMatrixBitForBit(@ForAll("sentences") List<String> sentences) {
        ClusterText text = cluster(sentences);
        TermVectors v = TermVectors.of(text);
        double[] logLength = new double[v.size()];
        for (int i = 0; i < v.size(); i++) logLength[i] = Math.log(Math.max(1, text.sentence(i).terms().size()));
        double[] dense = Scores.normalise(DensePageRank.rank(DensePageRank.textRankEdges(v, logLength), v.size(),
                PageRank.DAMPING, PageRank.TOLERANCE, PageRank.MAX_ITERATIONS));
        double[] sparse = new TextRankScorer().score(text, v);
        assertThat(sparse).containsExactly(dense);
    }

    @Property(tries = 200)
    void capPrunesOnlyPairsWhoseSharedTermsAreAllAboveIt(@ForAll("sentences") List<String> sentences,
                                                         @ForAll @IntRange(min = 1, max = 8) int cap) {
        TermVectors v = TermVectors.of(cluster(sentences));
        int n = v.size();
        int[] df = new int[v.vocabularySize()];
        for (int i = 0; i < n; i++) for (int t : v.termIds(i)) df[t]++;
        int over = 0;
        for (int f : df) if (f > cap) over++;
        Similarities s = Similarities.of(v, cap);
        double[] dense = DenseCosines.of(v);
        assertThat(s.prunedTerms()).isEqualTo(over);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                boolean rareShared = false;
                for (int t : v.termIds(i)) {
                    if (df[t] <= cap && contains(v.termIds(j), t)) rareShared = true;
                }
                // A kept pair keeps its exact cosine, the capped terms' share included.
                assertThat(s.get(i, j)).isEqualTo(rareShared ? dense[i * n + j] : 0.0);
            }
        }
    }

    @Test
    void aCapAboveEveryTermFrequencyPrunesNothingOnARealCluster() {
        ClusterText text = TestClusters.aleppo();
        TermVectors v = TermVectors.of(text);
        Similarities s = Similarities.of(v);
        assertThat(s.prunedTerms()).isZero();
        assertThat(Similarities.of(v, 1).prunedTerms()).isPositive();
        assertThat(Similarities.of(v, 1).entries()).isLessThan(s.entries());
    }

    @Property(tries = 100)
    void rowsWalkedInTwoHalvesSideBySideAreTheRowsOfOneWalk(@ForAll("sentences") List<String> sentences) {
        TermVectors v = TermVectors.of(cluster(sentences));
        assertSameRows(Similarities.of(v, true), Similarities.of(v, false));
    }

    @Test
    void aRealClusterSplitInTwoHalvesGivesTheSameRows() {
        TermVectors v = TermVectors.of(TestClusters.aleppo());
        assertSameRows(Similarities.of(v, true), Similarities.of(v));
    }

    private static void assertSameRows(Similarities split, Similarities one) {
        assertThat(split.size()).isEqualTo(one.size());
        assertThat(split.entries()).isEqualTo(one.entries());
        for (int i = 0; i < one.size(); i++) {
            assertThat(split.start(i)).isEqualTo(one.start(i));
            for (int k = one.start(i); k < one.end(i); k++) {
                assertThat(split.neighbour(k)).isEqualTo(one.neighbour(k));
                assertThat(Double.doubleToLongBits(split.weight(k))).isEqualTo(Double.doubleToLongBits(one.weight(k)));
            }
        }
    }

    @Test
    void sizesRefuseArraysThatWouldOverflow() {
        assertThat(Sizes.product(1000, 1000, "pairs")).isEqualTo(1_000_000);
        assertThatThrownBy(() -> Sizes.product(70_000, 70_000, "sentence pairs"))
                .hasMessage("cluster too large: 4900000000 sentence pairs (at most 2147483639)");
    }

    private static boolean contains(int[] sorted, int t) {
        return java.util.Arrays.binarySearch(sorted, t) >= 0;
    }
}
