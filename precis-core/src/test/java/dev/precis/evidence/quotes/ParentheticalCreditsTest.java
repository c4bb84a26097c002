package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ParentheticalCreditsTest {
    /** Names Ana Costa in full, as "her", and opens the sentence before the credit on her. */
    private static final String INTRO = "The port's mayor, Ana Costa, opened her new ferry terminal on Monday. Costa spoke for an hour.\n";

    private static String last(String article) {
        List<Quote> found = Quotes.find(TestClusters.cluster(article));
        return found.get(found.size() - 1).speaker();
    }

    private static String credit(String own, String tail) {
        return ParentheticalCredits.speaker(own, tail, own, 0, Map.of(), new Speakers.Pronouns("Boris Lind", "Ana Costa", "Ana Costa"));
    }

    @Test
    void aPronounCreditInsideTheSentenceSpeaksTheQuoteItRunsInto() {
        assertThat(last(INTRO + "The plan, she said, amounts to nothing less than “a new harbour for a new century.”"))
                .isEqualTo("Ana Costa");
    }

    @Test
    void aPronounCreditSpeaksOnlyForThePersonTheSentenceBeforeOpensOn() {
        assertThat(last("Ana Costa met Boris Lind at the pier. As the ferry came in, Costa went to tell Lind what had happened. "
                + "The timetable he had been given, he says, was out of date and “nobody could have known.”")).isNotEqualTo("Boris Lind");
    }

    @Test
    void aNameCreditWithTheVerbFirst() {
        assertThat(credit("And, said Costa, ", "")).isEqualTo("Costa");
    }

    @Test
    void aGroupsCreditComesBackAsTheGroup() {
        assertThat(credit("The ferry company's conduct, the plaintiffs say, was a ", "")).isEqualTo("the plaintiffs");
    }

    @Test
    void aRoleCreditSpeaksForTheOnePersonTheArticleGaveTheRole() {
        assertThat(last("Judge Ana Costa heard the ferry case on Monday.\nIn the ferry case, the judge said, the only choice left "
                + "to the board “is which pier to close first.”")).isEqualTo("Ana Costa");
    }

    @Test
    void aRoleCreditTheArticleGaveNobodyIsNoGuess() {
        assertThat(credit("In the ferry case, the judge said, the only choice left to the board ", "")).isNull();
    }

    @Test
    void asSomeonePutIt() {
        assertThat(credit("That is because, as Port Adm. Ana Costa, head of the harbour authority, put it, ", "")).isEqualTo("Ana Costa");
    }

    @Test
    void aCreditMustInterruptAClause() {
        assertThat(credit(", she said, ", "")).isNull();
    }

    @Test
    void aSentenceThatRunsOnIsNoCredit() {
        assertThat(credit("The more they said, the less the board ", "")).isNull();
        assertThat(credit("Whatever the reason, the more they said, the less the board ", "")).isNull();
    }

    @Test
    void aNameAfterTheQuoteWithTitlesAndAnAppositive() {
        assertThat(credit("", " Lt. Col. Ana Costa, a ferry pilot, told the Nordvik Tribune, which had rare access to the port."))
                .isEqualTo("Ana Costa");
    }

    @Test
    void aNameAfterTheQuoteWithTheBodyItSpeaksForAndARelativeClause() {
        assertThat(credit("", " Ana Costa with the Yes on 12 campaign, which held no party, told us last night.")).isEqualTo("Ana Costa");
    }

    @Test
    void anAppositiveDoesNotRunOverASentenceEnd() {
        assertThat(credit("", " Ana Costa, 45, was arrested. Boris Lind, however, said nothing.")).isNull();
    }
}
