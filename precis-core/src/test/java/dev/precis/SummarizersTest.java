package dev.precis;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.BadInputException;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.represent.TermVectors;
import dev.precis.score.LexRankScorer;
import dev.precis.select.Budget;
import dev.precis.select.Candidates;
import dev.precis.select.Selector;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummarizersTest {
    private static final Summarizers REGISTRY = Summarizers.standard();
    private static final ClusterText ALEPPO = TestClusters.aleppo();
    private static final TermVectors VECTORS = TermVectors.of(ALEPPO);

    /** Every built-in summarizer with every selection method. */
    private static List<Summarizer> variants() {
        List<Summarizer> all = new ArrayList<>();
        for (String name : List.of("lead", "centroid", "lexrank", "textrank", "learned")) {
            for (Selector selector : Summarizers.selectors().values()) all.add(REGISTRY.get(name).withSelector(selector));
        }
        return all;
    }

    @Test
    void namesTheBuiltInSummarizersAndSelectors() {
        assertThat(REGISTRY.names()).startsWith("lead", "centroid", "lexrank", "textrank", "learned");
        assertThat(Summarizers.DEFAULT).isEqualTo("learned");
        assertThat(REGISTRY.get(Summarizers.DEFAULT).scorer()).isInstanceOf(dev.precis.score.learned.LearnedScorer.class);
        assertThat(Summarizers.selectors()).containsOnlyKeys("mmr", "submodular", "ilp");
        for (String name : REGISTRY.names()) {
            Summarizer s = REGISTRY.get(name);
            assertThat(s.name()).isEqualTo(name);
            assertThat(s.selector().name()).isEqualTo("mmr");
        }
    }

    @Test
    void unknownAlgorithmNamesTheChoices() {
        assertThatThrownBy(() -> REGISTRY.get("x"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("unknown algorithm 'x'; choose one of: lead, centroid, lexrank, textrank, learned");
        assertThatThrownBy(() -> Summarizers.selector("greedy"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("unknown selector 'greedy'; choose one of: mmr, submodular, ilp");
    }

    @Test
    void aRegisteredSummarizerCanBeFoundAndReplaced() {
        Summarizer first = new Summarizer("test-learned", new LexRankScorer(), Summarizers.selector("ilp"));
        try {
            assertThat(REGISTRY.register(first)).isNull();
            assertThat(REGISTRY.get("test-learned")).isSameAs(first);
            assertThat(REGISTRY.names()).endsWith("test-learned");
            Summarizer second = first.withSelector(Summarizers.selector("mmr"));
            assertThat(REGISTRY.register(second)).isSameAs(first);
            assertThat(REGISTRY.get("test-learned")).isSameAs(second);
        } finally {
            REGISTRY.unregister("test-learned");
        }
        assertThatThrownBy(() -> new Summarizer("Bad Name", new LexRankScorer(), Summarizers.selector("mmr")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 60)
    void everySummarizerRespectsAWordBudget(@ForAll @IntRange(min = 1, max = 200) int words) {
        Budget budget = Budget.words(words);
        for (Summarizer s : variants()) {
            List<Sentence> chosen = s.choose(ClusterAnalysis.of(ALEPPO, VECTORS), budget);
            assertThat(TestClusters.cost(chosen, budget)).as(s.name() + "/" + s.selector().name()).isLessThanOrEqualTo(words);
            assertValid(chosen);
        }
    }

    @Property(tries = 30)
    void everySummarizerRespectsASentenceBudget(@ForAll @IntRange(min = 1, max = 25) int sentences) {
        Budget budget = Budget.sentences(sentences);
        for (Summarizer s : variants()) {
            List<Sentence> chosen = s.choose(ClusterAnalysis.of(ALEPPO, VECTORS), budget);
            assertThat(chosen).as(s.name() + "/" + s.selector().name()).hasSizeLessThanOrEqualTo(sentences).isNotEmpty();
            assertValid(chosen);
        }
    }

    @Test
    void aFactThatSeveralOutletsRepeatAppearsAtMostOnce() {
        for (Budget budget : List.of(Budget.words(60), Budget.words(120), Budget.words(400), Budget.sentences(3), Budget.sentences(30))) {
            for (Summarizer s : variants()) {
                long residents = s.choose(ClusterAnalysis.of(ALEPPO, VECTORS), budget).stream()
                        .filter(x -> x.text().contains("250,000 residents")).count();
                assertThat(residents).as(s.name() + "/" + s.selector().name() + " at " + budget).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void theSharedAleppoExampleCarriesTheResidentsFactOnce() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("precis.root", ".."))
                .resolve("../shared/examples/aleppo-truce");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(dir), "no ../shared beside the repository");
        List<String> docs = new ArrayList<>();
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(flatten(java.nio.file.Files.readString(f)));
            }
        }
        ClusterText text = TestClusters.cluster(docs.toArray(new String[0]));
        TermVectors v = TermVectors.of(text);
        assertThat(text.sentences().stream().filter(x -> x.text().contains("250,000 residents")).count()).isEqualTo(3);
        for (Budget budget : List.of(Budget.words(120), Budget.words(256), Budget.sentences(10))) {
            for (Summarizer s : variants()) {
                long residents = s.choose(ClusterAnalysis.of(text, v), budget).stream().filter(x -> x.text().contains("250,000 residents")).count();
                assertThat(residents).as(s.name() + "/" + s.selector().name() + " at " + budget).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void theRepeatedFactIsChosenByTheCentralityScorers() {
        // Three outlets carry it, so it is the most central fact of the cluster.
        for (String name : List.of("centroid", "lexrank", "textrank")) {
            List<Sentence> chosen = REGISTRY.get(name).choose(ALEPPO, Budget.words(120));
            assertThat(chosen).as(name).anyMatch(x -> x.text().contains("250,000 residents"));
        }
    }

    @Test
    void aGenerousBudgetIsFilledWithEveryEligibleNonRedundantSentence() {
        List<Sentence> chosen = REGISTRY.get("lead").choose(ALEPPO, Budget.words(1000));
        long eligible = ALEPPO.sentences().stream().filter(Candidates::eligible).count();
        assertThat(chosen).hasSize((int) eligible - 2); // two of the three residents sentences go
    }

    private static void assertValid(List<Sentence> chosen) {
        Set<Integer> ids = new HashSet<>();
        for (Sentence s : chosen) {
            assertThat(ids.add(s.id())).as("chosen twice: " + s.text()).isTrue();
            assertThat(Candidates.eligible(s)).as("not eligible: " + s.text()).isTrue();
            assertThat(s.text()).doesNotEndWith("?").isNotEqualTo("\"We have nothing left here.\"");
        }
    }

    /** Lines become sentences: a line without end punctuation gets a full stop. */
    static String flatten(String doc) {
        StringBuilder b = new StringBuilder();
        for (String line : doc.split("\\s*\\n\\s*")) {
            line = line.strip();
            if (line.isEmpty()) continue;
            b.append(line);
            char last = line.charAt(line.length() - 1);
            if (".?!\"\u201D".indexOf(last) < 0) b.append('.');
            b.append(' ');
        }
        return b.toString().strip();
    }
}
