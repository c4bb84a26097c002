package dev.precis.evidence;

import dev.precis.analysis.ClusterAnalysis;

import dev.precis.evidence.align.Alignments;
import dev.precis.evidence.dates.ArticleDates;

import dev.precis.model.Citation;
import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.model.Evidence;
import dev.precis.model.Fact;
import dev.precis.model.Quote;
import dev.precis.model.Sentence;
import dev.precis.model.TimelineEvent;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real five-article example in ../shared/examples/aleppo-truce (skipped when absent). */
class AleppoEvidenceTest {
    private static ClusterText text;
    private static TermVectors vectors;
    private static Evidence evidence;

    @BeforeAll
    static void load() throws IOException {
        assumeTrue(Files.isDirectory(Fixtures.aleppoDir()), "aleppo example not present");
        text = Fixtures.aleppo();
        vectors = TermVectors.of(text);
        evidence = new DefaultEvidenceFinder().find(ClusterAnalysis.of(text, vectors));
    }

    private static Sentence sentence(int article, String contains) {
        return text.sentencesOf(article).stream().filter(s -> s.text().contains(contains)).findFirst().orElseThrow();
    }

    private static String cited(Citation c) {
        return text.articles().get(c.article()).text().substring(c.start(), c.end());
    }

    @Test
    void residentsUnderSiegeIsSupportedByThreeArticles() {
        Sentence s = sentence(0, "250,000 residents of east Aleppo");
        List<Citation> support = Alignments.of(text, vectors).citations(s);
        assertThat(support).extracting(Citation::article).containsExactly(1, 4);
        for (Citation c : support) assertThat(cited(c)).contains("250,000 residents of east Aleppo");
        Fact fact = evidence.facts().stream().filter(f -> f.text().contains("250,000 residents")).findFirst().orElseThrow();
        assertThat(fact.support()).isEqualTo(3);
        assertThat(fact.citations()).extracting(Citation::article).containsExactlyInAnyOrder(0, 1, 4);
    }

    @Test
    void factsAreCrossArticleSortedAndCiteExactText() {
        assertThat(evidence.facts()).isNotEmpty();
        int prev = Integer.MAX_VALUE;
        for (Fact f : evidence.facts()) {
            assertThat(f.support()).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(prev);
            prev = f.support();
            assertThat(f.citations().stream().map(Citation::article).distinct().count()).isEqualTo(f.support());
            assertThat(cited(f.citations().get(0))).isEqualTo(f.text());
        }
    }

    @Test
    void findsTheTwoDeathTollDisagreementsAndNothingElse() {
        List<Disagreement> ds = evidence.disagreements();
        ds.forEach(d -> System.out.println("aleppo disagreement: " + d.subject() + " " + d.sides().stream()
                .map(s -> s.wording() + " [" + (s.citation().article() + 1) + "]").toList()));
        assertThat(ds).hasSize(2);
        Disagreement day = ds.stream().filter(d -> values(d).contains("at least 16")).findFirst().orElseThrow();
        assertThat(values(day)).containsExactlyInAnyOrder("at least 12", "at least 13", "at least 16");
        assertThat(day.sides()).extracting(s -> s.citation().article()).containsExactlyInAnyOrder(2, 3, 4);
        Disagreement war = ds.stream().filter(d -> values(d).contains("approximately 400,000")).findFirst().orElseThrow();
        assertThat(values(war)).contains("more than 300,000", "approximately 400,000");
        assertThat(war.sides()).extracting(s -> s.citation().article()).contains(0, 3);
        for (Disagreement d : ds) for (Disagreement.Side s : d.sides()) assertThat(cited(s.citation())).isEqualTo(s.wording());
    }

    private static Set<String> values(Disagreement d) {
        return d.sides().stream().map(Disagreement.Side::value).collect(Collectors.toSet());
    }

    @Test
    void quotesCarryTheirSpeakersAndEveryArticle() {
        Quote trucks = quote("Forty trucks are sitting");
        assertThat(trucks.speaker()).isEqualTo("Jan Egeland");
        Quote airPower = quote("The only way to achieve that");
        assertThat(airPower.speaker()).isEqualTo("John Kerry");
        assertThat(airPower.citations()).extracting(Citation::article).containsExactly(0, 3);
        assertThat(quote("Meanwhile, what is happening in Aleppo").speaker()).isEqualTo("Staffan de Mistura");
        assertThat(quote("The question now is whether").citations()).extracting(Citation::article).containsExactly(3, 4);
        assertThat(quote("The question now is whether").speaker()).isEqualTo("John Kerry"); // "Kerry said"
        assertThat(quote("If we do not succeed").speaker()).isEqualTo("John Kerry"); // continuation after "Mr Kerry said"
        // a paragraph that is only a quote goes on from the attributed quote just before it (issue 9)
        assertThat(quote("The drivers are sleeping").speaker()).isEqualTo("Jan Egeland");
    }

    private static Quote quote(String start) {
        return evidence.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void timelineUsesTheDroppedDateLineAndLeavesUndatedArticlesRelative() {
        assertThat(ArticleDates.articleDate(text.articles().get(0))).isEqualTo(LocalDate.of(2016, 9, 23));
        assertThat(ArticleDates.articleDate(text.articles().get(3))).isEqualTo(LocalDate.of(2016, 9, 23));
        assertThat(ArticleDates.articleDate(text.articles().get(1))).isNull();
        List<TimelineEvent> tl = evidence.timeline();
        assertThat(tl.get(0).date()).isEqualTo(LocalDate.of(2016, 9, 9));
        assertThat(tl.get(0).when()).isEqualTo("On September 9");
        assertThat(tl).anyMatch(e -> e.text().contains("resumed aid deliveries") && LocalDate.of(2016, 9, 22).equals(e.date()));
        assertThat(tl).anyMatch(e -> e.citation().article() == 4 && e.date() == null && e.when().equals("yesterday"));
        // the repeated lead of article 4 and the September 9 sentence of article 2 are deduplicated
        assertThat(tl.stream().filter(e -> e.text().startsWith("On September 9"))).hasSize(1);
        assertThat(tl.stream().filter(e -> e.text().startsWith("A high-level meeting"))).hasSize(1);
    }
}
