package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WovenQuotesTest {

    private static String last(String article) {
        List<Quote> found = Quotes.find(TestClusters.cluster(article));
        return found.get(found.size() - 1).speaker();
    }

    @Test
    void theSubjectOfTheSentenceSpeaksAPartialQuoteFarFromIt() {
        assertThat(last("“We will rebuild the whole port,” Ana Costa said on Monday.\n"
                + "Costa suggested in a letter to the council last week that the old pier was “too old to be saved by one budget,” "
                + "but she did not rule out a loan.")).isEqualTo("Ana Costa");
    }

    @Test
    void anotherNameBeforeTheVerbMayOwnTheWords() {
        assertThat(last("“We will rebuild the whole port,” Ana Costa said on Monday.\n"
                + "Costa sent a letter quoting engineer Boris Lind who warned that the pier was “too old to be saved by one budget.”"))
                .isEqualTo("Boris Lind"); // not Costa: the relative clause's subject speaks (WovenSubjects)
    }

    @Test
    void aPronounSubjectFarFromThePartialQuoteIsNoGuess() {
        assertThat(last("“We will rebuild the whole port,” Ana Costa said on Monday.\n"
                + "He suggested in a letter to the council last week that the old pier was “too old to be saved by one budget.”"))
                .isEmpty();
    }

    @Test
    void woven() {
        assertThat(WovenQuotes.woven("Costa suggested that the pier was ")).isTrue();
        assertThat(WovenQuotes.woven("Costa said: ")).isFalse();
        assertThat(WovenQuotes.woven("Costa said, ")).isFalse();
        assertThat(WovenQuotes.woven("Costa stood by her plan, stating that, for now, ")).isTrue();
        assertThat(WovenQuotes.woven("Costa said that, ")).isFalse();
    }

    @Test
    void aPronounOpeningTheSentenceAfterThePersonItStandsForSpeaksThePartialQuote() {
        assertThat(last("Ana Costa introduced her port budget in a long speech in May.\n"
                + "She promised to “rebuild the whole port before the winter comes,” and to cut the berth fees.")).isEqualTo("Ana Costa");
    }

    @Test
    void aPronounAfterASentenceOpeningOnSomeoneElseIsNoGuess() {
        assertThat(last("Ana Costa introduced her port budget in a long speech in May. Boris Lind spoke next.\n"
                + "She promised to “rebuild the whole port before the winter comes,” and to cut the berth fees.")).isEmpty();
    }

    @Test
    void aBodyBeforeARoleAndItsHolderIsNotTheSubject() {
        assertThat(last("Harbor Board chair of the port Ana Costa stepped down after critics decried her plan.\n"
                + "She said in a letter that the port “must serve every single berth holder.”")).isEmpty();
    }
}
