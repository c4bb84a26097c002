package dev.precis.segment;

import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OpenNlpSegmenterTest {
    private static final OpenNlpSegmenter SEGMENTER = new OpenNlpSegmenter();

    static ClusterText segment(String... texts) {
        List<Article> raw = new ArrayList<>();
        List<CleanArticle> clean = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Article a = Article.of("d" + (i + 1), texts[i]);
            raw.add(a);
            clean.add(new CleanArticle(i, a, texts[i], List.of()));
        }
        return SEGMENTER.segment(new Cluster("c", raw), clean);
    }

    static List<String> sentences(String text) {
        return segment(text).sentences().stream().map(Sentence::text).toList();
    }

    static void assertOffsets(ClusterText ct) {
        int prevArticle = -1, prevEnd = 0, pos = 0;
        for (int i = 0; i < ct.size(); i++) {
            Sentence s = ct.sentence(i);
            assertThat(s.id()).isEqualTo(i);
            String text = ct.articles().get(s.article()).text();
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.text()).isEqualTo(s.text().strip());
            if (s.article() != prevArticle) {
                assertThat(s.article()).isGreaterThan(prevArticle);
                prevArticle = s.article();
                prevEnd = 0;
                pos = 0;
            }
            assertThat(s.start()).isGreaterThanOrEqualTo(prevEnd);
            assertThat(s.position()).isEqualTo(pos++);
            prevEnd = s.end();
        }
    }

    @Test
    void splitsPlainSentencesWithExactOffsets() {
        String text = "  Kerry met Lavrov in Geneva on Friday.  The talks lasted five hours.\n\nNo deal was reached, officials said. ";
        ClusterText ct = segment(text);
        assertThat(ct.sentences()).extracting(Sentence::text).containsExactly(
                "Kerry met Lavrov in Geneva on Friday.", "The talks lasted five hours.",
                "No deal was reached, officials said.");
        assertOffsets(ct);
        Sentence first = ct.sentence(0);
        assertThat(first.start()).isEqualTo(2);
        assertThat(first.words()).containsExactly("Kerry", "met", "Lavrov", "in", "Geneva", "on", "Friday");
        assertThat(first.terms()).containsExactly("kerri", "met", "lavrov", "geneva", "fridai");
    }

    @Test
    void lineBreakAlwaysEndsASentence() {
        assertThat(sentences("Rebels hold the eastern districts\nGovernment troops advanced on the outskirts\r\nThe monitor said so"))
                .containsExactly("Rebels hold the eastern districts", "Government troops advanced on the outskirts",
                        "The monitor said so");
    }

    @Test
    void everyKindOfLineBreakEndsALineWhateverComesFirst() {
        // a lone carriage return, a return after a line feed, blank lines: the line ends at whichever comes first
        assertThat(sentences("Ferries stopped running at noon\rThe harbour was closed by evening\n\rPilots waited offshore all night\n\n\r\nCrews returned the next day"))
                .containsExactly("Ferries stopped running at noon", "The harbour was closed by evening",
                        "Pilots waited offshore all night", "Crews returned the next day");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks began on Jan. 5 in Geneva and ended a week later. | The talks began on Jan. 5 in Geneva and ended a week later.
            The ceasefire was agreed on Feb. 12, officials said. | The ceasefire was agreed on Feb. 12, officials said.
            The plant closed in Sept. 2015 after the floods. | The plant closed in Sept. 2015 after the floods.
            She moved to St. Louis in 2010 to work for the paper. | She moved to St. Louis in 2010 to work for the paper.
            The U.S. officials said the deal was off. | The U.S. officials said the deal was off.
            Officials in the U.S. said the deal was off. | Officials in the U.S. said the deal was off.
            Maj. Ann Lee, the head of the Canada/U.S. Joint Border Team, said the fence was done. | Maj. Ann Lee, the head of the Canada/U.S. Joint Border Team, said the fence was done.
            Mr. Kerry left the meeting early. | Mr. Kerry left the meeting early.
            Dr. Smith and Gov. Brown met Sen. Jones and Rep. Lee on Friday. | Dr. Smith and Gov. Brown met Sen. Jones and Rep. Lee on Friday.
            Lt. Col. John Smith said the unit was ready. | Lt. Col. John Smith said the unit was ready.
            Widget Corp. disagreed with the ruling. | Widget Corp. disagreed with the ruling.
            Acme Inc. said profits rose sharply. | Acme Inc. said profits rose sharply.
            He lives at No. 3 Downing Street with his family. | He lives at No. 3 Downing Street with his family.
            The blast hit at 5 a.m. and woke the whole street. | The blast hit at 5 a.m. and woke the whole street.
            The attack came at 5 a.m. Tuesday, police said. | The attack came at 5 a.m. Tuesday, police said.
            John F. Kennedy was killed in Dallas in 1963. | John F. Kennedy was killed in Dallas in 1963.
            President George W. Bush signed the bill. | President George W. Bush signed the bill.
            The lecture quoted C.S. Lewis at length. | The lecture quoted C.S. Lewis at length.
            The ruling in Smith v. Jones still stands. | The ruling in Smith v. Jones still stands.
            She starred in Hope vs. Glory years ago. | She starred in Hope vs. Glory years ago.
            The shop at 2400 N. Harbor Road was robbed twice. | The shop at 2400 N. Harbor Road was robbed twice.
            The meeting starts at 9 a.m. Eastern on Friday. | The meeting starts at 9 a.m. Eastern on Friday.
            """)
    void mergesNewsAbbreviations(String text, String expected) {
        assertThat(sentences(text)).containsExactly(expected);
    }

    @Test
    void keepsRealSentenceEndsAfterAbbreviations() {
        assertThat(sentences("The company is Widget Corp. The firm denied it."))
                .containsExactly("The company is Widget Corp.", "The firm denied it.");
        assertThat(sentences("The meeting ended at 5 p.m. The delegates left at once."))
                .containsExactly("The meeting ended at 5 p.m.", "The delegates left at once.");
        assertThat(sentences("They chose Plan B. The vote was close."))
                .containsExactly("They chose Plan B.", "The vote was close.");
        assertThat(sentences("Asked if he would resign, he said no. 12 hours later he did."))
                .containsExactly("Asked if he would resign, he said no.", "12 hours later he did.");
    }

    @Test
    void splitsSentencesGluedWithoutASpace() {
        assertThat(sentences("The mayor resigned on Monday.Her deputy takes over today."))
                .containsExactly("The mayor resigned on Monday.", "Her deputy takes over today.");
        assertThat(sentences("He said, \"We are leaving the city.\"The council met at noon."))
                .containsExactly("He said, \"We are leaving the city.\"", "The council met at noon.");
        assertThat(sentences("The ferry left on time.\"It was calm,\" the captain said."))
                .containsExactly("The ferry left on time.", "\"It was calm,\" the captain said.");
        assertThat(sentences("She was last seen on May 2, 1990.\"It was a long search,\" he said."))
                .containsExactly("She was last seen on May 2, 1990.", "\"It was a long search,\" he said.");
        assertThat(sentences("The network wants her back in primetime.\"'Ferry Tales' would love to have her,\" an insider said."))
                .containsExactly("The network wants her back in primetime.", "\"'Ferry Tales' would love to have her,\" an insider said.");
        assertThat(sentences("Read the report at example.com today, officials said."))
                .containsExactly("Read the report at example.com today, officials said.");
    }

    @Test
    void aListedAcronymBeforeASentenceOpenerEndsASentence() {
        // Whether or not the model split there, a listed acronym then "Also,"/"The"/"He" ends a sentence.
        for (String opener : new String[] {"Also, the ferry", "The ferry", "He"}) {
            assertThat(sentences("Ticket sales fell in the U.S. " + opener + " was also under review by an H.R. panel."))
                    .containsExactly("Ticket sales fell in the U.S.", opener + " was also under review by an H.R. panel.");
        }
        // A name or a lowercase word after it continues the sentence.
        assertThat(sentences("The U.S. Army and the U.N. Security Council met in the U.S. capital on Monday."))
                .containsExactly("The U.S. Army and the U.N. Security Council met in the U.S. capital on Monday.");
    }

    @Test
    void splitsADayNumberThatEndsASentence() {
        assertThat(sentences("The board approved the plan on Oct. 4. Although critics objected, work began."))
                .containsExactly("The board approved the plan on Oct. 4.", "Although critics objected, work began.");
        assertThat(sentences("The river rose past the bridge.[7] Residents left the town at night."))
                .containsExactly("The river rose past the bridge.[7]", "Residents left the town at night.");
    }

    @Test
    void anEllipsisBeforeACapitalEndsASentence() {
        assertThat(sentences("The players were stuck when the league changed the rules… Jones left the door open to a return."))
                .containsExactly("The players were stuck when the league changed the rules…", "Jones left the door open to a return.");
        assertThat(sentences("If the council does not act, well… Nine months later the bridge closed."))
                .containsExactly("If the council does not act, well…", "Nine months later the bridge closed.");
        // Not after a sentence end, not before a lowercase word, and a short quotation cut there is joined again.
        assertThat(sentences("The mayor spoke. … It was a long night for the town."))
                .doesNotContain("…");
        assertThat(sentences("The players were stuck… but the league did not listen to them."))
                .containsExactly("The players were stuck… but the league did not listen to them.");
        // Inside a quotation an ellipsis leaves words out, however long the quotation.
        assertThat(sentences("“She is a sweetheart … We consider her family,” the neighbour said."))
                .containsExactly("“She is a sweetheart … We consider her family,” the neighbour said.");
        String quoted = "The keeper said that “it is not that it is too cold for the birds … I believe they can stand far"
                + " colder weather than what we have here in the city, but these are not wild birds and we keep them in.”";
        assertThat(sentences(quoted)).containsExactly(quoted);
    }

    @Test
    void joinsPiecesThatCannotStandAlone() {
        assertThat(sentences("\"Are you coming back?\" one neighbour asked the family."))
                .containsExactly("\"Are you coming back?\" one neighbour asked the family.");
        assertThat(sentences("The fund raised money (most of it came late. Donors gave twice as much!) for the school."))
                .containsExactly("The fund raised money (most of it came late. Donors gave twice as much!) for the school.");
        assertThat(sentences("“We will rebuild. It will take years,” the mayor said. The work starts now."))
                .containsExactly("“We will rebuild. It will take years,” the mayor said.", "The work starts now.");
        assertThat(sentences("\"We will rebuild. It will take years,\" the mayor said."))
                .containsExactly("\"We will rebuild. It will take years,\" the mayor said.");
    }

    @Test
    void aDashLeftByADatelineIsNotPartOfTheSentence() {
        assertThat(sentences("The council met. — The mayor spoke for an hour."))
                .containsExactly("The council met.", "The mayor spoke for an hour.");
        ClusterText ct = segment("The council met. — The mayor spoke for an hour.");
        assertOffsets(ct);
    }

    @Test
    void leavesAQuotationOpenAcrossParagraphsAlone() {
        assertThat(sentences("“The water came fast. Nobody expected it.\n“We lost everything,” she said."))
                .containsExactly("“The water came fast.", "Nobody expected it.", "“We lost everything,” she said.");
    }

    @Test
    void dropsSentencesThatCannotStandAlone() {
        assertThat(sentences("WE ARE LIVE AT THE SCENE TONIGHT.\nThe fire started at noon."))
                .containsExactly("The fire started at noon.");
        assertThat(sentences("so i think we will go back there next year\nThe fire started at noon."))
                .containsExactly("The fire started at noon.");
        assertThat(sentences("The survey found three main causes:\nThe fire started at noon."))
                .containsExactly("The fire started at noon.");
        assertThat(sentences("said the fire chief at the scene.\nThe fire started at noon."))
                .containsExactly("The fire started at noon.");
        assertThat(sentences("The fire started at noon. North Desk/Handout via WIRE"))
                .containsExactly("The fire started at noon.");
        assertThat(sentences("de Vries said the fire started at noon."))
                .containsExactly("de Vries said the fire started at noon.");
    }

    @Test
    void mergesOnlyWithinAParagraph() {
        assertThat(sentences("Officials met with Dr.\nSmith was not there, said the spokesman."))
                .containsExactly("Officials met with Dr.", "Smith was not there, said the spokesman.");
    }

    @Test
    void dropsFragmentsAndNonSentences() {
        assertThat(sentences("Share\nAdvertisement\n12:30 - 14:45\nThe army launched a new assault.\n- Rebel neighborhoods -"))
                .containsExactly("The army launched a new assault.");
    }

    @Test
    void idsAreClusterWideAndPositionsPerArticle() {
        ClusterText ct = segment("First article one. It has two sentences here.", "", "Second article only sentence here.");
        assertOffsets(ct);
        assertThat(ct.sentences()).extracting(Sentence::article).containsExactly(0, 0, 2);
        assertThat(ct.sentences()).extracting(Sentence::position).containsExactly(0, 1, 0);
        assertThat(ct.sentencesOf(1)).isEmpty();
        assertThat(ct.contributingArticles()).isEqualTo(2);
    }

    @Test
    void emptyAndBlankArticles() {
        assertThat(segment("").size()).isZero();
        assertThat(segment("   \n\n \t ").size()).isZero();
        assertThat(segment().size()).isZero();
    }

    @Test
    void nonEnglishTextDoesNotCrash() {
        ClusterText ct = segment(
                "Москва заявила, что переговоры продолжатся. Госсекретарь США встретится с Лавровым.",
                "叙利亚政府军周四对阿勒颇东部发动新攻势。联合国表示援助车队将恢复运送。",
                "قال كيري إن الهدنة انهارت. وقالت روسيا إنها لن توقف الغارات.",
                "Der Außenminister sagte, die Gespräche seien gescheitert. Sie würden am Freitag fortgesetzt.",
                "\u0000\uFFFF\uD83D\uDE00 ... !!! ??? 123 456");
        assertOffsets(ct);
        assertThat(ct.sentencesOf(0)).hasSize(2);
        assertThat(ct.sentencesOf(3)).hasSize(2);
        assertThat(ct.sentencesOf(4)).isEmpty();
    }

    @Test
    void oneInstanceIsSafeAcrossThreads() throws Exception {
        String text = "Mr. Kerry met Sergei Lavrov on Jan. 5 in Geneva. The U.S. officials said the talks failed.\n"
                + "At least 12 civilians were killed, the monitor said. Aid resumed at 5 p.m. and trucks moved in.";
        List<String> expected = sentences(text);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) futures.add(pool.submit(() -> sentences(text)));
            for (var f : futures) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aleppoArticlesSegmentWithValidOffsets() throws IOException {
        Path dir = Path.of(System.getProperty("precis.root", ".."), "..", "shared", "examples", "aleppo-truce");
        assumeTrue(Files.isDirectory(dir), "aleppo example not present");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) texts.add(Files.readString(p));
        }
        ClusterText ct = segment(texts.toArray(String[]::new));
        assertOffsets(ct);
        List<String> all = ct.sentences().stream().map(Sentence::text).toList();
        assertThat(all).contains(
                "A senior U.S. State Department official, speaking on condition of anonymity, told reporters: "
                        + "“The ball is very much in the Russians’ court to come back to us with some ideas that are serious, "
                        + "that would be above and beyond the types of things they have been willing to agree to in the past "
                        + "with regard to air activities over large parts of Syria”.",
                "After the meeting broke up, Mr Kerry said he was ready to meet Mr Lavrov again to see if anything could be done.");
        assertThat(all).noneMatch(s -> s.equals("Share") || s.equals("Advertisement"));
    }
}
