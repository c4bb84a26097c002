package dev.precis.render;

import dev.precis.model.Article;
import dev.precis.model.Citation;
import dev.precis.model.CleanArticle;
import dev.precis.model.Disagreement;
import dev.precis.model.Evidence;
import dev.precis.model.Fact;
import dev.precis.model.Quote;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.model.TimelineEvent;

import java.time.LocalDate;
import java.util.List;

/** A small summary of two invented articles, built by hand so every rendered field is known. */
final class RenderFixtures {
    static final Article HERALD = new Article("a1", "Port fire contained", "Harbour Herald",
            LocalDate.of(2025, 3, 4), "https://example.org/fire", "raw text one");
    static final Article WIRE = new Article("a2", "", "", null, "", "raw text two");
    static final CleanArticle FIRST = new CleanArticle(0, HERALD, "Fire crews contained the blaze.", List.of());
    static final CleanArticle SECOND = new CleanArticle(1, WIRE, "The blaze at the port was contained.", List.of());

    static Citation cite(int article, int start, int end) {
        return new Citation(article, article == 0 ? "a1" : "a2", start, end);
    }

    private RenderFixtures() {
    }

    static Summary plain(List<SummarySentence> sentences) {
        return new Summary("harbour-fire", "lexrank", sentences, List.of(FIRST, SECOND), Evidence.NONE);
    }

    static Summary withEvidence() {
        List<SummarySentence> sentences = List.of(
                new SummarySentence("Fire crews contained\nthe   blaze.", 0, List.of(cite(0, 0, 31), cite(1, 0, 36))),
                new SummarySentence("Two *workers* were_hurt.", 3, List.of(cite(1, 0, 10))));
        Evidence evidence = new Evidence(
                List.of(new Fact("Fire crews contained the blaze.", 2, List.of(cite(0, 0, 31), cite(1, 0, 36)))),
                List.of(new Disagreement("people injured", List.of(
                        new Disagreement.Side("two", "Two workers", cite(0, 0, 11)),
                        new Disagreement.Side("three", "three\nworkers", List.of(cite(1, 4, 17), cite(0, 20, 33)))))),
                List.of(new Quote("We had it under control within an hour", "", List.of(cite(1, 0, 5))),
                        new Quote("The port will reopen on Monday morning", "Ana Costa", List.of(cite(0, 1, 9)))),
                List.of(new TimelineEvent(null, "on Monday", "The port reopens on Monday.", cite(1, 0, 27)),
                        new TimelineEvent(LocalDate.of(2025, 3, 3), "On March 3", "On March 3 the fire began.", cite(0, 0, 26))));
        return new Summary("harbour-fire", "learned", sentences, List.of(FIRST, SECOND), evidence);
    }
}
