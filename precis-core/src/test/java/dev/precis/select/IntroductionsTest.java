package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;
import dev.precis.order.SourceOrderer;
import dev.precis.represent.TermVectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntroductionsTest {
    private static final String CAMP = "Ways and Means Chairman Dave Camp said the vote on Wednesday was a rare step for the committee. "
            + "The committee sent the case to the Justice Department after a closed meeting. "
            + "\"We have to make sure that the signal goes out,\" Camp told reporters after the vote.";

    @Test
    void aSurnameAloneNeedsTheFullNameFirst() {
        ClusterText text = TestClusters.cluster(CAMP);
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(0)).isEmpty();
        assertThat(intro.mentions(0)).contains("camp");
        assertThat(intro.bare(2)).containsExactly("camp");
        assertThat(intro.introducedBy(2, List.of(text.sentence(1)))).isFalse();
        assertThat(intro.introducedBy(2, List.of(text.sentence(0)))).isTrue();
    }

    @Test
    void courtesyTitlesAndPossessivesDoNotIntroduce() {
        ClusterText text = TestClusters.cluster("Festival curator Jarrod Rawlins said the artist was calm before the show began. "
                + "\"There is a bucket down there,\" Mr Rawlins said of the container under the road. "
                + "Rawlins’ team will watch the container for three days and nights.");
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(0)).isEmpty();
        assertThat(intro.bare(1)).containsExactly("rawlins");
        assertThat(intro.bare(2)).containsExactly("rawlins");
    }

    @Test
    void aSpeakerAtTheEndOfASentenceIsAPerson() {
        ClusterText text = TestClusters.cluster("Liaison officer Tony Wrice said the drill went well for everyone involved. "
                + "\"It has been a great experience for all the units,\" Wrice said.");
        assertThat(Introductions.of(text).bare(1)).containsExactly("wrice");
    }

    @Test
    void aNameBeforeAnAppositiveThatOnlyAPersonTakesIsAPerson() {
        ClusterText text = TestClusters.cluster("Prosecutors said Alexandra Kuisis was arrested at her home on Friday. "
                + "Kuisis, who has been released on bail, is charged with three counts of assault. "
                + "The trial of Kuisis, 41, is set for May.");
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(0)).isEmpty();
        assertThat(intro.bare(1)).containsExactly("kuisis");
        assertThat(intro.bare(2)).containsExactly("kuisis");
    }

    @Test
    void aNameInThePossessiveBeforeWhatOnlyAPersonHasIsAPerson() {
        ClusterText text = TestClusters.cluster("Police named the driver as Marta Olsen of Bergen on Tuesday. "
                + "Olsen’s husband said she had driven the coast road for twenty years. "
                + "Ferries run twice a day from the harbour.");
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(0)).isEmpty();
        assertThat(intro.bare(1)).containsExactly("olsen");
        assertThat(intro.introducedBy(1, List.of(text.sentence(0)))).isTrue();
        assertThat(intro.introducedBy(1, List.of(text.sentence(2)))).isFalse();
    }

    @Test
    void aNameInThePossessiveBeforeAThingIsNoEvidenceOfAPerson() {
        ClusterText text = TestClusters.cluster("The ferry line Fjord Olsen runs boats from Bergen on Tuesday. "
                + "Olsen’s ferries sail twice a day from the harbour.");
        assertThat(Introductions.of(text).bare(1)).isEmpty();
    }

    @Test
    void aSubjectThatHisOrHerSoonFollowsIsAPerson() {
        ClusterText text = TestClusters.cluster("State Senator Wendy Davis spoke in Fort Worth on Thursday. "
                + "Davis formally announced her campaign for governor. Texas raised its budget for schools.");
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(0)).isEmpty();
        assertThat(intro.bare(1)).containsExactly("davis");
        assertThat(intro.bare(2)).isEmpty();
    }

    @Test
    void aDefiniteSubjectThatPointsBackNeedsASentenceThatMentionsIt() {
        ClusterText text = TestClusters.cluster("A team at Imperial College London pooled 95 studies of diet and health. "
                + "Doctors have long urged people to eat more fruit. "
                + "The team found that ten portions a day could prevent millions of deaths.");
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(2)).containsExactly(DefiniteMentions.THING + "team");
        assertThat(intro.bare(0)).isEmpty();
        assertThat(intro.introducedBy(2, List.of(text.sentence(1)))).isTrue(); // the sentence just before it
        assertThat(intro.introducedBy(2, List.of(text.sentence(0)))).isTrue();
    }

    @Test
    void theSentenceBeforeADefiniteSubjectIntroducesItInOtherWords() {
        ClusterText text = TestClusters.cluster("The city council approved a new transit budget on Tuesday. "
                + "The plan adds forty buses to the fleet by next spring.", "Riders welcomed the new buses on Wednesday.");
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(1)).containsExactly(DefiniteMentions.THING + "plan");
        assertThat(intro.introducedBy(1, List.of(text.sentence(0)))).isTrue();
        assertThat(intro.introducedBy(1, List.of(text.sentence(2)))).isFalse();
    }

    @Test
    void aThingIsMentionedInAnyCaseAndNumberButNotByAWordThatOnlyStartsLikeIt() {
        ClusterText text = TestClusters.cluster("Studies of the river were paid for by the city. "
                + "Officials said the study's authors had missed a deadline. "
                + "The study found that the water was safe to drink. "
                + "A student of the stump drew the map.");
        Introductions intro = Introductions.of(text);
        String study = DefiniteMentions.THING + "study";
        assertThat(intro.mentions(0)).contains(study);
        assertThat(intro.mentions(1)).contains(study);
        assertThat(intro.mentions(3)).doesNotContain(study);
    }

    @Test
    void placesAndOrganisationsAreNoPeople() {
        ClusterText text = TestClusters.cluster("A berm collapsed at the Fort Calhoun nuclear plant on Sunday morning. "
                + "Calhoun residents were told there was no danger to the public. "
                + "The Omaha Public Power District said the plant was safe. The District said crews would inspect it.");
        Introductions intro = Introductions.of(text);
        for (int i = 0; i < text.size(); i++) assertThat(intro.bare(i)).as(text.sentence(i).text()).isEmpty();
    }

    @Test
    void selectionTakesTheIntroductionWithTheQuoteAndOrderPutsItFirst() {
        ClusterText text = TestClusters.cluster(CAMP);
        double[] scores = {0.3, 0.2, 1.0}; // the quote is the best sentence, but names Camp bare
        TermVectors vectors = TermVectors.of(text);
        // Room for the quote alone: it is passed over for a sentence that stands on its own.
        List<Sentence> small = new MmrSelector().select(text, vectors, scores, Budget.words(16));
        assertThat(small).extracting(Sentence::id).doesNotContain(2);
        // Room for both: the quote comes with the sentence that introduces Camp, which reads first.
        List<Sentence> both = new SourceOrderer().order(text, new MmrSelector().select(text, vectors, scores, Budget.words(40)));
        assertThat(both).extracting(Sentence::id).containsSubsequence(0, 2);
    }
    @Test
    void aMiddleInitialStaysInsideTheFullName() {
        // The real segmenter, which keeps a middle initial inside its sentence.
        ClusterText text = dev.precis.Pipeline.standard().prepare(new dev.precis.model.Cluster("c", List.of(dev.precis.model.Article.of("a",
                "Christopher R. Okafor, a spokesman for the Department of Harbours, said in a statement that the ferry would run again. "
                        + "\"We expect the repairs to hold,\" Okafor said after the meeting."))));
        assertThat(text.size()).as("sentences of %s", text.sentences()).isEqualTo(2);
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(0)).isEmpty();
        assertThat(intro.mentions(0)).contains("okafor");
        assertThat(intro.bare(1)).containsExactly("okafor");
    }

    @Test
    void aNameWordThatOpensAnOrganisationsNameIsNoBareMention() {
        ClusterText text = TestClusters.cluster("Club captain Dana Harbour said the season would start late this year. "
                + "\"We are ready,\" Harbour said on Friday. "
                + "Harbour University will host the opening match in the spring.");
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(1)).containsExactly("harbour");
        assertThat(intro.bare(2)).isEmpty();
    }

    @Test
    void anAcronymEveryArticleSpellsOutNeedsItsFullNameFirst() {
        ClusterText text = TestClusters.cluster(
                "The Coastal Ferry Workers Union said on Monday that its members would strike. "
                        + "CFWU lawyers filed the notice with the port on Tuesday.",
                "Lawyers for the Coastal Ferry Workers Union asked the court to hear the case. "
                        + "The CFWU has been paying the legal bills.");
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(0)).isEmpty();
        assertThat(intro.mentions(0)).contains(Acronyms.KEY + "CFWU");
        assertThat(intro.bare(1)).containsExactly(Acronyms.KEY + "CFWU");
        assertThat(intro.bare(3)).containsExactly(Acronyms.KEY + "CFWU");
    }

    @Test
    void anAcronymSomeArticleUsesWithoutSpellingItOutIsKnown() {
        ClusterText text = TestClusters.cluster(
                "The Coastal Ferry Workers Union said on Monday that its members would strike. "
                        + "CFWU lawyers filed the notice with the port on Tuesday.",
                "The CFWU has been paying the legal bills of the striking crews.");
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(1)).isEmpty();
        assertThat(intro.bare(2)).isEmpty();
    }

    @Test
    void aTitleThatGoesWithOneNameGivesThatPersonsFullName() {
        ClusterText text = TestClusters.cluster("Prince Edwin opened the new bridge over the river on Monday morning. "
                + "Edwin said the bridge would join the towns on both banks for the first time. "
                + "The town's mayor, Edwin Marsh, said the bridge was two years late. "
                + "Pope Emeritus Edwin blessed a bridge in the same town in 1998. "
                + "Marsh said the state would pay for the road. "
                + "Governor Marsh will open the road next spring.");
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(0)).isEmpty();
        assertThat(intro.mentions(0)).contains("edwin");
        assertThat(intro.bare(1)).containsExactly("edwin");
        assertThat(intro.introducedBy(1, List.of(text.sentence(0)))).isTrue();
        assertThat(intro.bare(3)).isEmpty();
        // Any other title before a single name still leaves it a bare surname.
        assertThat(intro.bare(5)).containsExactly("marsh");
    }

    @Test
    void anAcronymInBracketsAfterItsWordsIsGivenThereNotNamedBare() {
        ClusterText text = TestClusters.cluster("In 2004 the league began a study of repeated head impact (RHI) among its players. "
                + "Data on RHI cases were sent to the league's Panel on Repeated Head Impact every season. "
                + "Later the panel said RHI was rarer than feared.");
        Introductions intro = Introductions.of(text);
        assertThat(intro.bare(0)).doesNotContain(Acronyms.KEY + "RHI");
        assertThat(intro.mentions(0)).contains(Acronyms.KEY + "RHI");
        assertThat(intro.bare(2)).contains(Acronyms.KEY + "RHI");
    }
}
