package dev.precis.evidence.dates;

import dev.precis.analysis.ClusterAnalysis;
import dev.precis.TestClusters;
import dev.precis.evidence.align.Alignments;
import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.ClusterText;
import dev.precis.model.Drop;
import dev.precis.model.TimelineEvent;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 5);

    private static LocalDate date(String sentence) {
        List<DateMention> found = DateMentions.find(sentence, WEDNESDAY);
        assertThat(found).as(sentence).isNotEmpty();
        return found.get(0).date();
    }

    @Test
    void aWeekdayIsTheLatestOneOnOrBeforeTheArticleDate() {
        assertThat(date("The talks began on Monday in Geneva.")).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(date("It happened on Wednesday.")).isEqualTo(WEDNESDAY);
        assertThat(date("It happened last Wednesday.")).isEqualTo(LocalDate.of(2025, 2, 26));
    }

    @Test
    void nextOrFutureTenseLooksForward() {
        assertThat(date("They meet again next Monday.")).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(date("The port will reopen on Monday.")).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(date("Residents said the port would reopen on Friday.")).isEqualTo(LocalDate.of(2025, 3, 7));
    }

    @Test
    void aFutureWordInsideAnEarlierQuoteIsTheSpeakers() {
        assertThat(date("\"We would be talking about it,\" she said on Monday.")).isEqualTo(LocalDate.of(2025, 3, 3));
    }

    @Test
    void relativeDays() {
        assertThat(date("The fire started yesterday.")).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(date("Talks resume tonight.")).isEqualTo(WEDNESDAY);
        List<DateMention> week = DateMentions.find("Talks stalled last week.", WEDNESDAY);
        assertThat(week).singleElement().satisfies(m -> {
            assertThat(m.date()).isNull(); // a week is not one day
            assertThat(m.when()).isEqualTo("last week");
        });
    }

    @Test
    void explicitDatesTakeTheirYearOrTheArticles() {
        assertThat(date("The deal was signed on 23 September, 2016.")).isEqualTo(LocalDate.of(2016, 9, 23));
        // well after the article date and not future: last year's
        assertThat(date("On September 9 the truce began.")).isEqualTo(LocalDate.of(2024, 9, 9));
        // before the article date but future: next year's
        assertThat(date("He will be sworn in on January 2.")).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void withoutAnArticleDateOnlyAFullDateResolves() {
        assertThat(DateMentions.find("The talks began on Monday in Geneva.", null))
                .singleElement().satisfies(m -> {
                    assertThat(m.date()).isNull();
                    assertThat(m.when()).isEqualTo("on Monday");
                });
        assertThat(DateMentions.find("On September 9 the truce began.", null).get(0).date()).isNull();
        assertThat(DateMentions.find("The deal was signed on 23 September, 2016.", null).get(0).date())
                .isEqualTo(LocalDate.of(2016, 9, 23));
    }

    @Test
    void mentionsComeInTextOrderWithTheirOffsets() {
        String s = "The ship sank on Tuesday, March 4, officials said.";
        List<DateMention> found = DateMentions.find(s, WEDNESDAY);
        assertThat(found).extracting(DateMention::when).containsExactly("on Tuesday", "March 4");
        assertThat(found.get(0).start()).isEqualTo(s.indexOf("on Tuesday"));
        assertThat(found.get(1).end()).isEqualTo(s.indexOf("March 4") + "March 4".length());
        assertThat(DateMentions.find("Nothing dated here.", WEDNESDAY)).isEmpty();
    }

    @Test
    void aDateLineIsAShortLineWithAFullDate() {
        assertThat(ArticleDates.dateLine("March 4, 2025")).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(ArticleDates.dateLine("4 March 2025")).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(ArticleDates.dateLine("2025-03-04")).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(ArticleDates.dateLine("The meeting on March 4, 2025 was long and went on for hours into the night")).isNull();
        assertThat(ArticleDates.dateLine("February 30, 2025")).isNull();
    }

    @Test
    void theArticleDateFallsBackToADroppedDateLine() {
        Article undated = new Article("a", "", "", null, "", "Body text");
        CleanArticle withDrop = new CleanArticle(0, undated, "Body text",
                List.of(new Drop("Published March 4, 2025", "date-line", "a date")));
        assertThat(ArticleDates.articleDate(withDrop)).isEqualTo(LocalDate.of(2025, 3, 4));
        Article dated = new Article("b", "", "", WEDNESDAY, "", "March 4, 2025\nBody text");
        assertThat(ArticleDates.articleDate(new CleanArticle(0, dated, "Body text", List.of()))).isEqualTo(WEDNESDAY);
        Article rawLine = new Article("c", "", "", null, "", "March 1, 2025\nBody text");
        assertThat(ArticleDates.articleDate(new CleanArticle(0, rawLine, "Body text", List.of()))).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(ArticleDates.articleDate(new CleanArticle(0, new Article("d", "", "", null, "", "Body"), "Body", List.of()))).isNull();
    }

    @Test
    void aFilePhotosDateIsNeverTheArticlesDate() {
        String raw = "FILE - In this May 20, 2017 file photo,\nThe chairman asked the FBI on Thursday for more documents.";
        Article undated = new Article("a", "", "", null, "", raw);
        CleanArticle dropped = new CleanArticle(0, undated, "The chairman asked the FBI on Thursday for more documents.",
                List.of(new Drop("FILE - In this May 20, 2017 file photo,", "caption", "a dated caption")));
        assertThat(ArticleDates.articleDate(dropped)).isNull();
    }

    @Test
    void theSameEventInTwoArticlesIsKeptOnceAndEventsAreSortedByDate() {
        ClusterText text = TestClusters.cluster(new LocalDate[] {WEDNESDAY, WEDNESDAY},
                "The ceasefire in the city began on Monday after weeks of heavy fighting. The port will reopen on Friday.",
                "A ceasefire in the city began on Monday after weeks of heavy fighting, officials said. Aid trucks arrived yesterday.");
        TermVectors v = TermVectors.of(text);
        List<TimelineEvent> events = Timeline.find(ClusterAnalysis.of(text, v));
        assertThat(events).extracting(TimelineEvent::date).containsExactly(
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 7));
        assertThat(events.get(0).citation().article()).isZero();
        assertThat(events.get(1).when()).isEqualTo("yesterday");
        assertThat(events.get(1).citation().article()).isEqualTo(1);
    }

    @Test
    void anUndatedReportIsKeptOnceWhateverTheCaseOfItsDayAndGivesWayToADatedOne() {
        String[] articles = {
                "On Monday the ceasefire in the city began after weeks of heavy fighting in the north.",
                "The ceasefire in the city began on Monday after weeks of heavy fighting in the north, officials said."};
        ClusterText undated = TestClusters.cluster(articles);
        assertThat(Timeline.find(ClusterAnalysis.of(undated, TermVectors.of(undated))))
                .singleElement().satisfies(e -> assertThat(e.when()).isEqualTo("On Monday"));
        ClusterText oneDated = TestClusters.cluster(new LocalDate[] {null, WEDNESDAY}, articles);
        assertThat(Timeline.find(ClusterAnalysis.of(oneDated, TermVectors.of(oneDated)))).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2025, 3, 3));
            assertThat(e.citation().article()).isEqualTo(1);
        });
    }

    @Test
    void aPageOfDatedPostsHasNoOneDateAndADatedListInAStoryGivesItsNewest() {
        String posts = "April 10, 2016\n\nApril is here and this is the time that many trekking expeditions come to Nepal and go up.\n"
                + "June 4, 2015\nDear friends, on behalf of our board I want to take a moment to thank every one of you.\n"
                + "April 26, 2015\nIt is with a heavy heart that I write on behalf of the foundation today, after the quake.";
        assertThat(ArticleDates.articleDate(new CleanArticle(0, new Article("p", "", "", null, "", posts), posts, List.of()))).isNull();
        String list = "Rihanna now trails only Madonna for the all-time chart record on the dance chart this week.\n"
                + "\"Pon De Replay,\" Oct. 8, 2005\n\"SOS,\" May 13, 2006\n\"Right Now,\" Aug. 17, 2013";
        assertThat(ArticleDates.articleDate(new CleanArticle(0, new Article("l", "", "", null, "", list), list, List.of())))
                .isEqualTo(LocalDate.of(2013, 8, 17));
    }

    @Test
    void aWeekdayWrittenWithTheDateFixesTheYear() {
        // Aug. 8 is a Thursday in 2013, not in 2014: the article's date (2013-08-17) would push a future Aug. 8 a year on
        List<DateMention> found = DateMentions.find("The new chart will appear on the site this Thursday (Aug. 8).",
                LocalDate.of(2013, 8, 17));
        assertThat(found).extracting(DateMention::date).contains(LocalDate.of(2013, 8, 8));
        assertThat(RelativeDays.weekdayYear("It opens Friday, Aug. 8.", 16, LocalDate.of(2013, 8, 8), LocalDate.of(2013, 8, 1)))
                .isEqualTo(LocalDate.of(2014, 8, 8));
    }
}
