package dev.precis.clean;

import dev.precis.clean.rules.Rules;

import dev.precis.ingest.Sources;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.Drop;
import dev.precis.testing.Shared;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Invented articles with typical web debris (written for these tests). */
class FixtureCleanTest {
    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(FixtureCleanTest.class.getResource("/fixtures/" + name)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(CleanArticle a) {
        return Arrays.asList(a.text().split("\n"));
    }

    private static String ruleFor(CleanArticle a, String text) {
        return a.drops().stream().filter(d -> d.text().equals(text)).map(Drop::rule).findFirst().orElse("(kept)");
    }

    @Test
    void debrisClusterKeepsOnlyStory() {
        Cluster c = Sources.readAll(fixture("debris-cluster")).get(0).cluster();
        List<CleanArticle> out = Rules.cleaner().clean(c);
        CleanArticle a = out.get(0), b = out.get(1);
        assertThat(lines(a)).containsExactly(
                "Train drivers walked out on Monday in a dispute over rest breaks, leaving thousands of commuters without a service.",
                "The Valley Rail union said 400 drivers had joined the strike, which is due to last 48 hours.",
                "\"We have tried every other route and nobody listened,\" union secretary Dev Armitage said on Monday.",
                "The operator said it had offered to review the rota and called the strike unnecessary.");
        assertThat(lines(b)).containsExactly(
                "About 400 train drivers went on strike on Monday over rest breaks, the Valley Rail union said.",
                "The operator said it had offered to review the rota and called the strike unnecessary.",
                "Commuters crowded onto replacement buses, and several roads into Millbrook were jammed by 8 a.m.");
        assertThat(ruleFor(a, "Share")).isEqualTo("ui-line");
        assertThat(ruleFor(a, "Rail strike halts trains across the valley")).isEqualTo("title");
        assertThat(ruleFor(a, "By Priya Castellane")).isEqualTo("byline");
        assertThat(ruleFor(a, "Home | News | Business | Travel | Opinion")).isEqualTo("menu");
        assertThat(ruleFor(a, "MILLBROOK, Priya Castellane in Millbrook-")).isEqualTo("dateline");
        assertThat(ruleFor(a, "Commuters queue for replacement buses outside Millbrook station [Ana Ruiz/Valley Photo]")).isEqualTo("caption");
        assertThat(ruleFor(a, "Read more")).isEqualTo("ui-line");
        assertThat(ruleFor(a, "Talks broke down")).isEqualTo("sub-heading");
        assertThat(ruleFor(a, "Monday, 4 March 2024")).isEqualTo("dateline");
        assertThat(ruleFor(a, "Priya Castellane with Leon Dupuis")).isEqualTo("byline");
        assertThat(ruleFor(a, "Bus fares rise again in spring")).isEqualTo("related-headline");
        assertThat(ruleFor(b, "Photo: Leon Dupuis")).isEqualTo("credit");
        assertThat(ruleFor(b, "2 min read")).isEqualTo("reading-time");
        assertThat(ruleFor(b, "Copyright 2024 Valley Times. All rights reserved.")).isEqualTo("source-note");
        assertThat(ruleFor(b, "Follow us @valleytimes")).isEqualTo("promo");
    }

    @Test
    void noticeArticleContributesNothing() {
        Cluster c = Sources.readAll(fixture("notice-article.txt")).get(0).cluster();
        CleanArticle a = Rules.cleaner().clean(c).get(0);
        assertThat(a.isEmpty()).isTrue();
        assertThat(a.drops()).hasSize(3).allSatisfy(d -> assertThat(d.rule()).isEqualTo("notice"));
    }

    @Test
    void harbourFireExampleIsCleanAndKeepsTheDisagreement() {
        Path dir = Shared.repo("examples/harbour-fire");
        Cluster c = Sources.readAll(dir).get(0).cluster();
        assertThat(c.articles()).hasSize(3);
        List<CleanArticle> out = Rules.cleaner().clean(c);
        String all = String.join("\n", out.stream().map(CleanArticle::text).toList());
        assertThat(all).contains("injuring at least 12 people").contains("injuring 14 people")
                .contains("\"We will not take chances with a structure that has been cooked all night,\" Ashdown said.")
                .contains("\"If the depot had caught, we would be talking about a very different night,\" she said on Wednesday.");
        for (String debris : List.of("Share", "Advertisement", "Comments", "By Maren Holt", "Updated 10:32 GMT", "3 min read",
                "- Dock workers hurt -", "Shipping halted", "Source: North Sea Wire", "Council approves new ferry timetable",
                "Fishing quotas cut for third year running", "Wednesday, March 12th 2025", "Divers on the quay",
                "News | Local | Harbour | Weather | Sport", "Agencies contributed to this report")) {
            assertThat(all.lines().map(String::strip)).as("debris kept").doesNotContain(debris);
        }
        assertThat(all).doesNotContain("[Tomas Weir/Harbour Press]").doesNotContain("PORT ELLERY,")
                .doesNotContain("window.analytics").doesNotContain("Grain prices climb");
        assertThat(c.articles().get(2).outlet()).isEqualTo("Ellery Evening Post");
    }
}
