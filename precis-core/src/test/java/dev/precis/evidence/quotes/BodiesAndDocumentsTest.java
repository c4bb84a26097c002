package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Groups, bodies, unnamed roles with a relative clause and documents as speakers ({@link GroupSpeakers}, {@link RelativeRoles}, {@link DocumentSpeakers}); invented sentences. */
class BodiesAndDocumentsTest {

    private static String last(String article) {
        List<Quote> found = Quotes.find(TestClusters.cluster(article));
        return found.get(found.size() - 1).speaker();
    }

    @Test
    void aGroupWithoutAnArticleAfterTheQuote() {
        assertThat(GroupSpeakers.after(", police said.")).isEqualTo("police");
        assertThat(GroupSpeakers.after(", Harbourside analysts wrote in a note to clients.")).isEqualTo("Harbourside analysts");
        assertThat(GroupSpeakers.after(", hospital officials also said on Monday.")).isEqualTo("hospital officials");
        assertThat(GroupSpeakers.after(", said prosecutors.")).isEqualTo("prosecutors");
        assertThat(last("The ferry sank at dawn off Port Lund. “Two crew members were pulled from the water alive,” coast guard "
                + "officers said in a statement.")).isEqualTo("coast guard officers");
        // the verb reports a clause of its own: the quote was a term in the writer's sentence, not the group's words
        assertThat(GroupSpeakers.after(", analysts said the ferry line was now close to collapse.")).isNull();
        // whom the words were said to, and a role that names its holder next, are other forms'
        assertThat(GroupSpeakers.after(", told police.")).isNull();
        assertThat(GroupSpeakers.after(", said police spokesman Ivo Marsh.")).isNull();
        // a noun that is no group
        assertThat(GroupSpeakers.after(", ferry timetables said.")).isNull();
        // told whom, then the clause's end; not told whom and a clause of the writer's (lower-cased text: a new sentence)
        assertThat(GroupSpeakers.after(", officials told the Harbour Gazette.")).isEqualTo("officials");
        assertThat(GroupSpeakers.after(" authorities told kbtv on may 3 that the ferry had sunk")).isNull();
    }

    @Test
    void aGroupOpeningTheSentenceBeforeTheQuote() {
        assertThat(GroupSpeakers.before("In a statement on Monday, Harbourside management said: ")).isEqualTo("Harbourside management");
        assertThat(GroupSpeakers.before("State radio said: ")).isEqualTo("State radio");
        assertThat(GroupSpeakers.before("Police said, ")).isEqualTo("police");
        assertThat(last("The ferry sank at dawn. In a statement on Monday, Harbourside management said: “We are working with the "
                + "coast guard to find out what happened.”")).isEqualTo("Harbourside management");
        // a sentence opener is no part of the group's name
        assertThat(GroupSpeakers.before("Then police said: ")).isNull();
    }

    @Test
    void aGroupIsNoOneHeOrSheStandsFor() {
        assertThat(UnnamedSpeakers.describes("police")).isTrue();
        assertThat(UnnamedSpeakers.describes("Harbourside analysts")).isTrue();
        assertThat(last("Ana Costa said the ferry was late. “Nobody could see the pier that night,” police said. “We waited for "
                + "hours in the cold and the dark,” she said.")).isEqualTo("Ana Costa");
    }

    @Test
    void aQuoteWithAnAttributionOfItsOwnDoesNotGoOnFromAGroupOrADocument() {
        // lower-cased text: "said ana costa" is no name the patterns read, but it is an attribution of the quote's own
        assertThat(last("the ferry sank at dawn. \"the crew had no radio,\" the report states. \"we knew nothing until morning,\" "
                + "said ana costa, a harbour pilot.")).isNotEqualTo("the report");
        assertThat(last("the ferry sank at dawn. \"the crew had no radio,\" police said. \"we knew nothing until morning,\" "
                + "said ana costa, a harbour pilot.")).isNotEqualTo("police");
    }

    @Test
    void aGroupDoesNotTakeWordsItOnlyReports() {
        // someone's own words woven into a sentence the group reports as a whole (lower-cased text: no name to read)
        assertThat(GroupSpeakers.after(", police said.", "the clerk noticed her hands shook as she repeated ")).isNull();
        assertThat(GroupSpeakers.after(", police said.", "the caller told the dispatcher he ")).isNull();
        assertThat(GroupSpeakers.after(", police said.", "officers came after he ")).isEqualTo("police");
        // the group's own verb before the quote: its words, credited twice
        assertThat(GroupSpeakers.after(", police say on twitter", "harbour police say ")).isEqualTo("police");
        // a paragraph cut off right after the verb (a truncated article): no sign the quote was the group's
        assertThat(GroupSpeakers.after(" harbour police said")).isNull();
        // a headline's group before a quote whose own attribution follows it
        assertThat(GroupSpeakers.before("ferry traffic doubled, harbour officials say read more ", ", said ana costa, the pilot.")).isNull();
        assertThat(GroupSpeakers.before("Harbourside management said: ", "")).isEqualTo("Harbourside management");
    }

    @Test
    void aGroupAsks() {
        assertThat(GroupSpeakers.before("As the skipper walks in, staffers ask, ")).isEqualTo("staffers");
        assertThat(GroupSpeakers.after(" harbour officials ask.")).isEqualTo("harbour officials");
        // "ask" takes no singular subject: "the skipper ask" is no attribution these patterns give
        assertThat(GroupSpeakers.before("As he walks in, the skipper ask, ")).isNull();
    }

    @Test
    void twoRolesJoinedByAndDescribeThePersonNamedBefore() {
        String article = "Ana Costa says the new ferry timetable is a mistake.\n“It is a stunning mistake,” the former "
                + "mayor and ferry line chairwoman said on the radio.";
        assertThat(last(article)).isEqualTo("Ana Costa");
        assertThat(last("Ana Costa says the ferry is late.\n“It is late again today,” said the mayor and ferry line chairwoman."))
                .isEqualTo("Ana Costa");
        // nobody named before holds the role: the description is never the speaker itself
        assertThat(JoinedRoles.person(", the mayor and ferry line chairwoman said.", "The ferry is late. “x”", 19, 0,
                Map.of(), Map.of())).isNull();
    }

    @Test
    void anUnnamedRoleToldApartByARelativeClause() {
        assertThat(RelativeRoles.after(", said the man who spoke on condition of anonymity for fear of reprisal."))
                .isEqualTo("the man who spoke on condition of anonymity");
        assertThat(RelativeRoles.after(", said the deck hand who pulled her out after the ferry sank."))
                .isEqualTo("the deck hand who pulled her out");
        // a clause that runs on into the writer's sentence, or too long to be a description
        assertThat(RelativeRoles.after(", said the man who was")).isNull();
        assertThat(RelativeRoles.after(", said the man who had worked on the ferry line for twenty years")).isEqualTo("the man who had worked on the ferry line");
        assertThat(RelativeRoles.after(", said the man who had worked the old ferry line twenty long years")).isNull();
        // "told the man who ...": whom the words were said to
        assertThat(RelativeRoles.after(", told the man who sold the tickets.")).isNull();
        assertThat(last("The ferry sank at dawn. “We heard two loud bangs,” said the man who spoke on condition of anonymity."))
                .isEqualTo("the man who spoke on condition of anonymity");
    }

    @Test
    void aDocumentThatSpeaksAsItself() {
        Map<String, String> none = Map.of();
        assertThat(DocumentSpeakers.after(", the recording begins, in English and Danish.", "", 0, 0, none)).isEqualTo("the recording");
        assertThat(DocumentSpeakers.after(", says the ferry line’s advert that ran all summer.", "", 0, 0, none)).isEqualTo("the ferry line’s advert");
        assertThat(DocumentSpeakers.after(", notes the description in the app store.", "", 0, 0, none)).isEqualTo("the description");
        // an aside set off by commas between the document and its verb
        assertThat(DocumentSpeakers.after(", the listing, in Port Lund, Norway, continues.", "", 0, 0, none)).isEqualTo("the listing");
        assertThat(DocumentSpeakers.after(", the report, released on Monday, says.", "", 0, 0, none)).isEqualTo("the report");
        assertThat(DocumentSpeakers.after(" begins the boat listing.", "", 0, 0, none)).isEqualTo("the boat listing");
        assertThat(DocumentSpeakers.after(", the report concludes.", "", 0, 0, none)).isEqualTo("the report");
        assertThat(last("The ferry is for sale. “It will outlive you and your children,” the listing reads.")).isEqualTo("the listing");
        // the report's author is a person the next words name: not the report
        assertThat(DocumentSpeakers.after(", said the report's author, Ana Costa.", "", 0, 0, none)).isNull();
        // "the document states that ...": a sentence of the writer's opens after the quote (lower-cased text shows no capital)
        assertThat(DocumentSpeakers.after(" the document states that the ferry was sold.", "", 0, 0, none)).isNull();
        // a sign or a poster gives a slogan, nobody's words
        assertThat(DocumentSpeakers.after(", the sign reads.", "", 0, 0, none)).isNull();
    }

    @Test
    void aWrittenDocumentIsItsAuthorsWhenTheTextSaysWhoSentIt() {
        String before = "Harbourside Ferries Inc., the line's operator, posted a letter at the terminal on Thursday night. ";
        assertThat(DocumentSpeakers.after(", reads the letter, which was also handed to passengers.", before, 0, before.length(), Map.of()))
                .isEqualTo("Harbourside Ferries Inc");
        assertThat(last(before + "“We are all shaken by this accident,” reads the letter, which was also handed to passengers."))
                .isEqualTo("Harbourside Ferries Inc");
        // no author in the text: a letter's words are nobody's this rule can tell
        assertThat(DocumentSpeakers.after(", the tweet read.", "The ferry sank at dawn. ", 0, 24, Map.of())).isNull();
        assertThat(last("The ferry sank at dawn. “Have your people call our people,” the tweet read.")).isEmpty();
    }
}
