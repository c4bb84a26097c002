package dev.precis.evidence;

import dev.precis.evidence.align.Alignments;
import dev.precis.evidence.dates.ArticleDates;
import dev.precis.evidence.dates.Timeline;
import dev.precis.evidence.names.Names;
import dev.precis.evidence.quantities.Disagreements;
import dev.precis.evidence.quotes.Quotes;

import dev.precis.evidence.dates.StoryLines;

import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;
import dev.precis.model.Quote;
import dev.precis.model.TimelineEvent;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules added for issue 9, each on a made-up sentence shaped like the real-news case that needed it. */
class RealNewsRulesTest {

    private static String speaker(String... texts) {
        List<Quote> qs = Quotes.find(Fixtures.of(texts));
        return qs.isEmpty() ? null : qs.get(qs.size() - 1).speaker();
    }

    @Test
    void speakerAfterARoleAndAnAppositiveIsTheNameNotThePlace() {
        assertThat(speaker("\"We were surprised at how much it affects people,\" the lead researcher, Will Cope, "
                + "a psychologist at Duke University in Durham, N.C., said in a statement."))
                .isEqualTo("Will Cope");
    }

    @Test
    void speakerAfterVerbAndLowerCaseRole() {
        assertThat(speaker("\"They no longer are afraid to come and say it,\" said community organizer Abril Gallo."))
                .isEqualTo("Abril Gallo");
    }

    @Test
    void theNameNearestTheQuoteSpeaks() {
        assertThat(speaker("Tracey Riese is a branding expert. The cup is not a perfect fit for KFC, says Riese, but, "
                + "she adds, \"it is not off the brand at all.\"")).isEqualTo("Tracey Riese");
    }

    @Test
    void aQuoteOnlyParagraphContinuesTheQuoteBeforeIt() {
        assertThat(speaker("\"Everyone was in shock after the crash,\" said Dwayne Hart.\n"
                + "\"We still cannot believe what happened to him.\"")).isEqualTo("Dwayne Hart");
    }

    @Test
    void aRunInWordBeforeANameIsDroppedWhenTheClusterWritesTheNameAlone() {
        assertThat(speaker("Ueli Steck of Switzerland found the bodies on the mountain.",
                "Mountaineer Ueli Steck said: \"The bodies were two meters apart from each other.\""))
                .isEqualTo("Ueli Steck");
    }

    @Test
    void twoPersonsWithOneSurnameAreNotMerged() {
        assertThat(speaker("Mike Lyons, 64, was at home. Linda Lyons, 60, said the room shook. "
                + "\"I flew into the house,\" Lyons said.")).isEqualTo("Lyons");
    }

    @Test
    void debrisIsNoName() {
        assertThat(Names.isDebris("Jane Roe Jane Ann RoeAppeals")).isTrue();
        assertThat(Names.isDebris("N.C")).isTrue();
        assertThat(Names.isDebris("PricewaterhouseCoopers")).isFalse();
        assertThat(Names.isDebris("Mary McCarthy")).isFalse();
    }

    @Test
    void captionsStampsAndBylinesAreNotStory() {
        assertThat(StoryLines.furniture("French soldiers patrol outside Notre Dame in Paris, April 22, 2015.")).isTrue();
        assertThat(StoryLines.furniture("Correction 31 July 2017: This article has been amended.")).isTrue();
        assertThat(StoryLines.furniture("Reviewed at SXSW Film Festival (Headliners), March 8, 2013.")).isTrue();
        assertThat(StoryLines.furniture("Hide Caption 34 of 43 Photos: The search for MH370 A Vietnamese air force plane flies on March 9, 2014.")).isTrue();
        assertThat(StoryLines.furniture("John Smith reports for the NBC4 News at 5 p.m. on June 23, 2015.")).isTrue();
        assertThat(StoryLines.furniture("(Labor union president 302, February 2, 2009, p. 7).")).isTrue();
        assertThat(StoryLines.furniture("Riggs was born in Bedford on Dec. 4, 2001.")).isFalse();
        assertThat(StoryLines.furniture("The treaty was signed Oct. 1, 1953.")).isFalse();
        // wire captions: weekday, date and year without "on", or before the place; a caption opening on its date
        assertThat(StoryLines.furniture("Sen. Ann Lee speaks during a town hall, Tuesday, Feb. 19, 2013, in Sun Lakes, Ariz.")).isTrue();
        assertThat(StoryLines.furniture("Icicles form on the fountain on Tuesday, Jan. 2, 2018, in Savannah, Ga.")).isTrue();
        assertThat(StoryLines.furniture("A sign is shown at the restaurant in South Jordan, Utah.")).isTrue();
        assertThat(StoryLines.furniture("March 22, 2014 Armed men take cover behind an armored vehicle.")).isTrue();
        assertThat(StoryLines.furniture("JUNE 18: Former Congresswoman Ann Lee throws out the first pitch.")).isTrue();
        assertThat(StoryLines.furniture("The vote was held on Tuesday, Feb. 19, 2013, after a long debate.")).isFalse();
        assertThat(StoryLines.furniture("Sen. Ann Lee listens as the Senate debates the bill before the final vote, on July 12, 2013, in Austin.")).isTrue();
        assertThat(StoryLines.furniture("Fuel is pumped into a car at a gas station in the town of Nevada, Iowa, on Dec. 6, 2007.")).isTrue();
        assertThat(StoryLines.furniture("She was born on July 12, 1960, in Austin.")).isFalse();
    }

    private static List<TimelineEvent> timeline(LocalDate date, String text) {
        ClusterText ct = Fixtures.build(new dev.precis.model.Cluster("t", List.of(Fixtures.dated("a", date, text))));
        TermVectors v = TermVectors.of(ct);
        return Timeline.find(dev.precis.analysis.ClusterAnalysis.of(ct, v));
    }

    @Test
    void aQuotedYesterdayIsTheSpeakersAndStaysOut() {
        List<TimelineEvent> t = timeline(LocalDate.of(2018, 2, 6),
                "Trump tweeted, \"Stock market hit yet another all-time record high yesterday.\"");
        assertThat(t).noneMatch(e -> e.date() != null);
    }

    @Test
    void pastScheduledIsNotFuture() {
        List<TimelineEvent> t = timeline(LocalDate.of(2015, 5, 4), "Busby said autopsies were scheduled for Monday in Fond du Lac.");
        assertThat(t).extracting(TimelineEvent::date).containsExactly(LocalDate.of(2015, 5, 4));
    }

    @Test
    void updateStampsAndStorySentencesNeverDateTheArticle() {
        assertThat(ArticleDates.dateLine("Riggs was born in Bedford on Dec. 4, 2001.")).isNull();
        assertThat(ArticleDates.dateLine("Posted by Ann Lee on Sunday, October 4, 2015")).isEqualTo(LocalDate.of(2015, 10, 4));
        assertThat(StoryLines.updateStamp("Updated: November 11, 2011 12:03 PT")).isTrue();
    }

    private static List<Disagreement> disagreements(String... texts) {
        ClusterText ct = Fixtures.of(texts);
        return Disagreements.find(ct, TermVectors.of(ct));
    }

    @Test
    void twoLowerBoundsAndABoundHoldingTheValueDoNotClash() {
        assertThat(disagreements("The U.N. says more than 8,000 people have been killed in the year-long uprising in Syria.",
                "The U.N. estimates that more than 9,100 people have been killed in the year-long uprising in Syria.")).isEmpty();
        assertThat(disagreements("The fire destroyed more than 300 homes in the valley on Sunday, officials said.",
                "The fire destroyed 312 homes in the valley on Sunday, officials said.")).isEmpty();
    }

    @Test
    void aBoundClashesWithAValueBeyondItsNextStep() {
        assertThat(disagreements("The war in Syria has killed more than 300,000 people since 2011, monitors say.",
                "The war in Syria has killed approximately 400,000 people since 2011, monitors say.")).hasSize(1);
    }

    @Test
    void roundedFiguresAndCurrenciesDoNotClash() {
        assertThat(disagreements("Turnout in the city was 21% of registered voters, the election board said.",
                "Turnout in the city was 21.3% of registered voters, the election board said.")).isEmpty();
        assertThat(disagreements("Kors agreed to buy Jimmy Choo for 896 million pounds, the company said on Tuesday.",
                "Kors agreed to buy Jimmy Choo for $1.2 billion, the company said on Tuesday.")).isEmpty();
    }

    @Test
    void aTotalWithItsNamedPartIsNotAConflict() {
        assertThat(disagreements("Islamist militants killed 17 people in January in attacks in Paris on a weekly and a store.",
                "The attacks in Paris on a weekly and a store in January left 20 people dead, including the three gunmen."))
                .isEmpty();
    }

    @Test
    void everySentenceOfAKeptGalleryIsACaption() {
        String text = "The search went on for weeks.\nFlight 9 vanished on March 8, 2014. Hide Caption 1 of 3 Photos: The search\n"
                + "Crews search the ocean on March 16, 2014.\nA map of the area. Hide Caption 3 of 3\nThe search ended in 2017.";
        assertThat(StoryLines.inGallery(text, text.indexOf("Flight 9"))).isTrue();
        assertThat(StoryLines.inGallery(text, text.indexOf("Crews search"))).isTrue();
        assertThat(StoryLines.inGallery(text, 0)).isFalse();
        assertThat(StoryLines.inGallery(text, text.indexOf("The search ended"))).isFalse();
    }

    @Test
    void notEventsAndVerblessCaptionsAreNotTimelineLines() {
        // an embedded post, a newspaper's edition, the basis of a price
        assertThat(StoryLines.furniture("Woke up today and saw the news smh ------ Sad day in Hip-Hop -- — M !")).isTrue();
        assertThat(StoryLines.furniture("Sad day today — Ann Lee (@annlee) June 20, 2017")).isTrue();
        assertThat(StoryLines.furniture("This link to an article in the July 9, 1901 edition of the San Francisco Chronicle has more details.")).isTrue();
        assertThat(StoryLines.furniture("Shares were valued at $1.6 billion based on the average closing price of the 20 trading days preceding March 21, 2014.")).isTrue();
        // a caption with no verb
        assertThat(StoryLines.furniture("Donald Trump before opening the Nasdaq on September 20, 2005.")).isTrue();
        // story sentences stay
        assertThat(StoryLines.furniture("Donald Trump opened the Nasdaq on September 20, 2005.")).isFalse();
        assertThat(StoryLines.furniture("Trump at first took office on January 20, 2017.")).isFalse();
        assertThat(StoryLines.furniture("The issue came up again on March 21, 2014, when prices fell.")).isFalse();
    }
}
