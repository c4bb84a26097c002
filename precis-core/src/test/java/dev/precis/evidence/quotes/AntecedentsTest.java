package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AntecedentsTest {
    private static String speakerOf(String start, String... articles) {
        List<Quote> found = Quotes.find(TestClusters.cluster(articles));
        return found.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow().speaker();
    }

    /** Tomas Reed is named in full and never given a gender: only the second reading finds him. */
    private static final String BOARD = "The harbour board, led by its chair, Tomas Reed, met on Monday.\n";

    @Test
    void aPersonOfUnknownGenderOpeningTheSentenceBeforeIsWhomHeStandsFor() {
        String article = BOARD + "The vote was close.\nIn Port Alder, Reed spoke to a crowd of fishermen.\n"
                + "He said the plan \"will cost every family more than it saves.\"";
        assertThat(speakerOf("will cost", article)).isEqualTo("Tomas Reed");
    }

    @Test
    void aParagraphLedByThePronounCarriesThePersonOn() {
        String article = BOARD + "The vote was close.\nIn Port Alder, Reed spoke to a crowd of fishermen.\n"
                + "He said he still remembers the storm of 1998.\n\"We lost nine boats that night and nobody came,\" he said.";
        assertThat(speakerOf("We lost nine", article)).isEqualTo("Tomas Reed");
    }

    @Test
    void aGenderedNounOpeningASentenceSinceLeavesThePronounOpen() {
        String article = BOARD + "The vote was close.\nIn Port Alder, Reed spoke to a crowd. The woman beside him waited.\n"
                + "\"I have fished here for forty years,\" she said.";
        assertThat(speakerOf("I have fished", article)).isEmpty();
    }

    @Test
    void aNameAfterALowerCaseWordIsNoAntecedent() {
        assertThat(Antecedents.afterLowerWord("the rough street life of his ")).isTrue();
        assertThat(Antecedents.afterLowerWord("depicting ")).isTrue();
        assertThat(Antecedents.afterLowerWord("In ")).isTrue();
        // a title, or one word describing the person after an article or a sentence's first word
        assertThat(Antecedents.afterLowerWord("senator ")).isFalse();
        assertThat(Antecedents.afterLowerWord("an angry ")).isFalse();
        assertThat(Antecedents.afterLowerWord("Registered independent ")).isFalse();
        assertThat(Antecedents.afterLowerWord("But ")).isFalse();
    }

    @Test
    void aNameGoingOnIntoACapitalisedWordOrAPossessiveIsNoAntecedent() {
        String s = "returning New York City to the top";
        assertThat(Antecedents.partOfLonger(s, s.indexOf("York"))).isTrue();
        assertThat(Antecedents.partOfLonger("Reed, the chair", 0)).isFalse();
        assertThat(Antecedents.partOfLonger("Reed’s office quotes the letter", 0)).isTrue();
    }

    @Test
    void onlyCapitalisedNamesOfTwoWordsArePersons() {
        assertThat(Antecedents.personName("Tomas Reed")).isTrue();
        assertThat(Antecedents.personName("But Watergate")).isFalse();
        assertThat(Antecedents.personName("of Nevada")).isFalse();
        assertThat(Antecedents.personName("I-- I")).isFalse();
    }

    @Test
    void aKinWordBeforeTheNameRulesTheOtherPronounOut() {
        // Lena Voss's cues in the cluster are mixed, so only the kin word right before her name tells
        String other = "Lena Voss said he would come. Ms Voss arrived late.";
        String article = BOARD + "The vote was close.\nThe shop on the quay was run by his mother, Lena Voss.\n"
                + "\"We never had a harbour worth the name,\" he wrote.";
        assertThat(speakerOf("We never had", article, other)).isNotEqualTo("Lena Voss");
    }

    @Test
    void theSentenceOpeningOnAPersonGivesThePronounAfterItsQuote() {
        String article = BOARD + "Mara Lind, who shot \"Tide,\" joked backstage: \"The boats were the real stars,\" she said.";
        assertThat(speakerOf("The boats", article)).isEqualTo("Mara Lind");
    }
}
