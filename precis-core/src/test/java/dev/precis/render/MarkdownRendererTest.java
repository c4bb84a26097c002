package dev.precis.render;

import dev.precis.model.Evidence;
import dev.precis.model.Quote;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.model.TimelineEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void summaryLinesCarryOneNumberPerCitedArticleInOrder() {
        String out = renderer.render(RenderFixtures.withEvidence());
        assertThat(out).startsWith("## Summary\n\nFire crews contained the blaze. [1][2]\nTwo *workers* were_hurt. [2]\n");
    }

    @Test
    void citationsOfOneArticleCollapseAndSortByNumber() {
        Summary s = RenderFixtures.plain(List.of(new SummarySentence("Contained.", 0,
                List.of(RenderFixtures.cite(1, 0, 5), RenderFixtures.cite(0, 0, 5), RenderFixtures.cite(1, 9, 12)))));
        assertThat(renderer.render(s)).contains("Contained. [1][2]\n");
    }

    @Test
    void sectionsComeInAFixedOrder() {
        String out = renderer.render(RenderFixtures.withEvidence());
        int summary = out.indexOf("## Summary"), differ = out.indexOf("## Where sources differ"),
                quotes = out.indexOf("## Quotes"), timeline = out.indexOf("## Timeline"), sources = out.indexOf("## Sources");
        assertThat(summary).isZero();
        assertThat(differ).isGreaterThan(summary);
        assertThat(quotes).isGreaterThan(differ);
        assertThat(timeline).isGreaterThan(quotes);
        assertThat(sources).isGreaterThan(timeline);
    }

    @Test
    void withoutEvidenceOnlySummaryAndSources() {
        String out = renderer.render(RenderFixtures.plain(List.of(
                new SummarySentence("Fire crews contained the blaze.", 0, List.of(RenderFixtures.cite(0, 0, 31))))));
        assertThat(out).isEqualTo("## Summary\n\nFire crews contained the blaze. [1]\n\n## Sources\n\n"
                + "1. Port fire contained — Harbour Herald, 2025-03-04 <https://example.org/fire> (`a1`)\n"
                + "2. a2\n");
    }

    @Test
    void aDisagreementListsEachSideWithItsArticles() {
        String out = renderer.render(RenderFixtures.withEvidence());
        assertThat(out).contains("- **people injured**: \"Two workers\" [1]; \"three workers\" [1][2]\n");
    }

    @Test
    void attributedQuotesComeFirstAndTheOthersSayUnattributed() {
        String out = renderer.render(RenderFixtures.withEvidence());
        int named = out.indexOf("- \"The port will reopen on Monday morning\" — Ana Costa [1]");
        int anonymous = out.indexOf("- \"We had it under control within an hour\" — unattributed [2]");
        assertThat(named).isPositive();
        assertThat(anonymous).isGreaterThan(named);
    }

    @Test
    void datedEventsComeBeforeUndatedOnes() {
        String out = renderer.render(RenderFixtures.withEvidence());
        int dated = out.indexOf("- 2025-03-03: On March 3 the fire began. [1]");
        int undated = out.indexOf("- on Monday (date unknown): The port reopens on Monday. [2]");
        assertThat(dated).isPositive();
        assertThat(undated).isGreaterThan(dated);
    }

    @Test
    void longEvidenceListsAreCutWithACountOfTheRest() {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < MarkdownRenderer.MAX_QUOTES + 2; i++) {
            quotes.add(new Quote("quote number " + i + " has words", "Ana Costa", List.of(RenderFixtures.cite(0, i, i + 1))));
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < MarkdownRenderer.MAX_EVENTS + 3; i++) {
            events.add(new TimelineEvent(LocalDate.of(2025, 1, 1 + i), "Jan " + (1 + i), "Event " + i + ".", RenderFixtures.cite(0, 0, 1)));
        }
        Summary s = new Summary("c", "lexrank", List.of(), List.of(RenderFixtures.FIRST),
                new Evidence(List.of(), List.of(), quotes, events));
        String out = renderer.render(s);
        assertThat(out).contains("quote number 5 has words").doesNotContain("quote number 6 has words");
        assertThat(out).contains("- … 2 more quotes in --format json\n");
        assertThat(out).contains("Event 7.").doesNotContain("Event 8.");
        assertThat(out).contains("- … 3 more events in --format json\n");
    }

    @Test
    void markdownCharactersInTextPassThroughUnescaped() {
        String out = renderer.render(RenderFixtures.withEvidence());
        assertThat(out).contains("Two *workers* were_hurt.");
        assertThat(out).doesNotContain("\\*").doesNotContain("\\_");
    }

    @Test
    void aSourceWithoutTitleIsShownByItsIdAlone() {
        String out = renderer.render(RenderFixtures.withEvidence());
        assertThat(out).endsWith("## Sources\n\n"
                + "1. Port fire contained — Harbour Herald, 2025-03-04 <https://example.org/fire> (`a1`)\n"
                + "2. a2\n");
    }
}
