package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9, round speak14: which of the persons near a quote is its speaker; invented sentences. */
class SpeakerChoiceTest {

    private static List<Quote> quotes(String... articles) {
        return Quotes.find(TestClusters.cluster(articles));
    }

    private static String speaker(List<Quote> qs, String start) {
        return qs.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow().speaker();
    }

    @Test
    void aPronounRightAfterTheQuoteSpeaksNotANameLaterInTheSentence() {
        List<Quote> qs = quotes("Ms. Lena Varga was all smiles at the party on the beach.\n"
                + "\"It's fine, I'm over it by now,\" she said when The Harbour Gazette asked about the incident.");
        assertThat(speaker(qs, "It's fine")).isEqualTo("Lena Varga");
    }

    @Test
    void aRanksInitialsBeforeASurnameAreNoPartOfTheName() {
        List<Quote> qs = quotes("\"We will keep looking for as long as it takes,\" Air Chief Marshal Tomas Brandvik said.\n"
                + "\"The experts have determined that the vessel will stop searching today,\" ACM Brandvik said.");
        assertThat(speaker(qs, "The experts")).isEqualTo("Tomas Brandvik");
    }

    @Test
    void aPersonALaterSentenceOpensOnIsNotReplacedByAnEarlierSpeaker() {
        List<Quote> qs = quotes("Dr. Ilse Marten said she sees many patients with the problem. "
                + "Dr. Marten says she has seen hundreds of cases. Carla Denholm is a patient who had her implants removed. "
                + "She said, \"All the burning pains throughout my body went away within a week.\"");
        assertThat(speaker(qs, "All the burning")).isEqualTo("Carla Denholm");
    }

    @Test
    void aTitlesPeriodInsideASentenceOpensNoSentence() {
        List<Quote> qs = quotes("Mr. Aldous Penn spoke for an hour on Friday.\n"
                + "Mr. Penn noted that Mr. Ruben Kessler did not invoke that defense. But he said it was still relevant. "
                + "In the strongest part of his remarks, he said: \"I would just ask people to consider the other side of it.\"");
        assertThat(speaker(qs, "I would just ask")).isEqualTo("Aldous Penn");
    }

    @Test
    void aTitleAfterAnOpeningConjunctionStillOpensItsSentence() {
        // the conjunctions are the shared lexicon list (Leaning reads the same one)
        for (String opener : List.of("And", "But", "So", "Yet", "Or", "Nor")) {
            String s = "The vote was close. " + opener + " Mr. Penn said little.";
            assertThat(SentenceSubjects.afterTitle(s, s.indexOf("Mr.") + 2)).as(opener).isFalse();
        }
        String inside = "The vote was close. Then Mr. Penn said little.";
        assertThat(SentenceSubjects.afterTitle(inside, inside.indexOf("Mr.") + 2)).isTrue();
    }

    @Test
    void aSubjectThatSomeoneOwnsStandsForItsOwner() {
        List<Quote> qs = quotes("Mr. Lester Brandt heads the Soil Policy Institute in Boston.\n"
                + "Brandt’s Plan B would put the whole world on a wartime footing. "
                + "“Filling the planning gap may be the most urgent item on the agenda,” he writes.");
        assertThat(speaker(qs, "Filling the planning gap")).isEqualTo("Lester Brandt");
    }

    @Test
    void aPossessiveSetOffAfterASurnameIsItsAppositive() {
        List<Quote> qs = quotes("Mr. Jonas Stoffel and his daughter died on Friday.\n"
                + "Mr. Halvorsen, Jonas Stoffel's brother, said people should act now.\n"
                + "\"Instead of praying, do something about it,\" he said.");
        assertThat(speaker(qs, "Instead of praying")).isEqualTo("Halvorsen");
    }

    @Test
    void aNameAfterAnOutletsPossessiveIsTheSubjectNotARole() {
        List<Quote> qs = quotes("Reporting from Tyre in southern Lebanon, Radio Harbour's Mira Talbot said: "
                + "\"Residents are telling us there was gunfire for hours in the old town.\"");
        assertThat(speaker(qs, "Residents are telling")).isEqualTo("Mira Talbot");
    }

    @Test
    void aCapitalisedSentenceAfterAQuotationClosedByItsPeriodAttributesNothing() {
        List<Quote> qs = quotes("“It is extremely telling that he would believe that,” Dana Brock said. "
                + "“It says something about his frame of mind, and the circle he was in.” "
                + "Patterson also recalled Mercer arguing about the oil fields.");
        assertThat(speaker(qs, "It says something")).isEqualTo("Dana Brock");
    }

    @Test
    void aNameAfterWithOrOfTheInAnAppositiveChainIsNotTheSubject() {
        List<Quote> qs = quotes("Vermont Sen. Ronald Pike spoke to reporters on Thursday.\n"
                + "In an interview with KTV's Nora Blaine, Pike, a presidential candidate, said the nun "
                + "\"spent her life fighting for the poor and fighting for justice.\"");
        assertThat(speaker(qs, "spent her life")).isEqualTo("Ronald Pike");
        qs = quotes("Mona Rask, the writer and the chair of the Hollis Lane Foundation, where Ada Vick is a trustee, told me, "
                + "“In the dull crowds of policy, the sisters are enchanting firecrackers.”");
        assertThat(speaker(qs, "In the dull crowds")).isNotEqualTo("Hollis Lane Foundation");
    }

    @Test
    void aPlaceNamedAfterOfIsNoSpeaker() {
        List<Quote> qs = quotes("Mr. Alan Roth is a close ally of Peter Vance, the governor of New Castle, who described him as "
                + "\"my public relations guru and old friend\" in his 2003 book.");
        assertThat(speaker(qs, "my public relations")).isNotIn("New Castle", "Castle");
        qs = quotes("Dr Olaf Rene, lead author of the study from the School of Public Health at Imperial explained: "
                + "\"We wanted to see how much fruit you need to eat to be protected.\"");
        assertThat(speaker(qs, "We wanted to see")).isNotEqualTo("Imperial");
    }

    @Test
    void aStateAfterATownIsNotTheResidentWhoSpeaks() {
        List<Quote> qs = quotes("The questions boil down to what Vikki Manko of Naperville, Illinois asks. "
                + "\"These are the things government should get involved in and stop.\" Can you stop that?");
        assertThat(speaker(qs, "These are the things")).isEqualTo("Vikki Manko");
    }
}
