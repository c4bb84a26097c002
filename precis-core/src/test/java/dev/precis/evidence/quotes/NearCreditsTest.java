package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Near credits that session 20 found missing on the tune part (branch miss20): each mechanism on a fixture of its own. */
class NearCreditsTest {

    private static List<Quote> quotes(String article) {
        return Quotes.find(TestClusters.cluster(article));
    }

    @Test
    void aStraightQuoteClosedByTwoApostrophesKeepsItsCredit() {
        List<Quote> found = quotes("The family teaches its own children at home.\n"
                + "\"We never had a grand plan for any of this,'' said Orla Brennick, 41, a nurse. \"It simply grew as they did.\"\n"
                + "\"They pick what they read and we follow them wherever it goes,'' Tomas Brennick said.");
        assertThat(found).extracting(Quote::text).containsExactly("We never had a grand plan for any of this",
                "It simply grew as they did.", "They pick what they read and we follow them wherever it goes");
        assertThat(found).extracting(Quote::speaker).containsExactly("Orla Brennick", "Orla Brennick", "Tomas Brennick");
    }

    @Test
    void twoApostrophesInsideAWordOrOpeningOneCloseNothing() {
        List<Quote> found = quotes("\"The ''new'' plan leaves the old one standing in every way,\" Orla Brennick said.");
        assertThat(found).extracting(Quote::text).containsExactly("The ''new'' plan leaves the old one standing in every way");
    }

    @Test
    void aVerbOfTheMannerOfSpeakingCreditsTheQuote() {
        List<Quote> found = quotes("Talk-show host Dana Whitlow opened the week with a trip abroad.\n"
                + "\"I met a lot of officials there and I cannot remember why,\" Whitlow teased in her monologue.\n"
                + "\"Our rivals colluded with us to book the show, of course,\" she joked.");
        assertThat(found).extracting(Quote::speaker).containsExactly("Dana Whitlow", "Dana Whitlow");
        // a verb of asserting stays out: its subject as often reports no words of the quote
        assertThat(quotes("Officials met on Monday.\n\"The plant will close by the end of the year,\" Lena Ostrova revealed.")
                .get(0).speaker()).isEmpty();
    }

    @Test
    void aPrepositionOpeningTheSentenceIsNoPartOfTheName() {
        List<Quote> found = quotes("Dan Whitlow hosts the show.\n"
                + "During Whitlow's taping in the capital, the host said he was thinking of a run for office.\n"
                + "He also made it clear that he and Ivan Petrov had worked together. "
                + "\"We agreed that I would be on the show before anyone asked,\" he said.");
        assertThat(found.get(0).speaker()).isEqualTo("Dan Whitlow");
    }

    @Test
    void aPersonSetOffByABareRoleIsNamedInFull() {
        // "Ruth Calder, author of ...": an appositive role without an article still makes the run a person's name,
        // which "she" may then stand for
        List<Quote> found = quotes("Lottery winners often take the lump sum.\n"
                + "Ruth Calder, author of the book \"Sudden Money: What To Do When You Win,\" says most winners spend it within five years. "
                + "\"It comes too fast for anyone to handle,\" she says. \"Nobody around them puts on the brakes.\"");
        assertThat(found).extracting(Quote::speaker).containsExactly("", "Ruth Calder", "Ruth Calder"); // the book's title quotes no one
    }

    @Test
    void aNameAfterACommaAndAConjunctionOpensAClause() {
        List<Quote> found = quotes("President Anders Halvorsen presented the letter at a ceremony.\n"
                + "The trial was a source of pride for the state, and Halvorsen referred to it as a turning point in its history.\n"
                + "“In the first years the people were busy rebuilding the country,” he said.");
        assertThat(found.get(0).speaker()).isEqualTo("Anders Halvorsen");
        // a name after a lower-case word with no comma before it stays an object: "met with Halvorsen"
        assertThat(Antecedents.afterLowerWord("The trial was a source of pride, and ")).isFalse();
        assertThat(Antecedents.afterLowerWord("The minister met with ")).isTrue();
        assertThat(Antecedents.afterLowerWord("The minister thanked Lund and ")).isTrue();
    }

    @Test
    void aSpeechVerbInThePresentTenseCreditsAWovenQuote() {
        List<Quote> found = quotes("Law graduate Michael Adelman wrote a note on the question in 2014.\n"
                + "Adelman acknowledges that authors may be tempted to claim a language “to prolong their control of its growth,” "
                + "but concludes that such a claim is “both misguided and likely to fail.”");
        assertThat(found).extracting(Quote::speaker).containsExactly("Michael Adelman", "Michael Adelman");
    }

    @Test
    void whoeverIsQuotedAsSayingSpeaks() {
        List<Quote> found = quotes("Seoul may resume aid to the North, according to Hanul news agency.\n"
                + "“Help to the most vulnerable should go on whatever the politics of the day,” Hanul quoted a unification "
                + "ministry official in Seoul as saying.");
        assertThat(found.get(0).speaker()).isEqualTo("a unification ministry official");
        assertThat(QuotedAs.speaker(" the presidency quoted Adler’s letter as saying.", java.util.Map.of(), new Speakers.Pronouns("", "", "")))
                .isEqualTo("Adler");
        // the one who quotes is not the speaker, and a quote with no "as saying" is none of this form's
        assertThat(QuotedAs.speaker(" the paper quoted from the ruling.", java.util.Map.of(), new Speakers.Pronouns("", "", ""))).isNull();
    }

    @Test
    void theyStandsForSeveralWhoSpokeJustBefore() {
        List<Quote> found = quotes("A couple found a can of gold coins on their land last spring.\n"
                + "\"We never thought we would find anything like this in our lives,\" the couple said.\n"
                + "\"We saw an old can sticking out of the ground on the trail we walk,\" they said.");
        assertThat(found).extracting(Quote::speaker).containsExactly("the couple", "the couple");
        // after one person, "they" stays no one
        assertThat(quotes("Tomas Brennick found the coins.\n\"We never thought we would find anything like this,\" Brennick said.\n"
                + "\"We saw an old can sticking out of the ground on the trail,\" they said.").get(1).speaker()).isEmpty();
    }

    @Test
    void aPronounGoingOnAboutTheSubjectBeforeSpeaksTheWovenQuote() {
        List<Quote> found = quotes("The documents were left on a plane in Atlanta.\n"
                + "Juliette Kayden, a former agency official, said it was not surprising that the papers showed gaps.\n"
                + "She said such drills are meant to expose gaps so that officials “are better prepared if something bad were to happen.”");
        assertThat(found.get(0).speaker()).isEqualTo("Juliette Kayden");
    }

    @Test
    void accordingToClosingTheQuotesSentenceCreditsIt() {
        List<Quote> found = quotes("The law has drawn criticism abroad.\n"
                + "Once seen as a model, the country is “squandering the great gains of three decades” it has made since 1989, "
                + "according to Judith Dempsen, a fellow at a Berlin think-tank.");
        assertThat(found.get(0).speaker()).isEqualTo("Judith Dempsen");
        // a sentence ending before "according to" leaves the quote to no one
        assertThat(AccordingTo.after(" it has made. Later, according to Judith Dempsen,", java.util.Map.of(), new Speakers.Pronouns("", "", "")))
                .isNull();
    }

    @Test
    void aParagraphOpeningOnANameAndAnAsideUpToAColonCreditsTheQuote() {
        List<Quote> found = quotes("The bank's new fee drew fire all week.\n"
                + "Bankers Association President Frank Keller, responding to the senator's comments on the new card fee: "
                + "“It is disappointing that the senator would attack a private firm for answering a rule of his own.”");
        assertThat(found.get(0).speaker()).isEqualTo("Frank Keller");
    }
}
