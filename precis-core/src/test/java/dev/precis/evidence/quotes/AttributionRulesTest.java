package dev.precis.evidence.quotes;

import dev.precis.TestClusters;
import dev.precis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The attribution rules of issue 9, rounds 3 and 6: one test per rule, on invented sentences. */
class AttributionRulesTest {

    private static List<Quote> quotes(String... articles) {
        return Quotes.find(TestClusters.cluster(articles));
    }

    private static Quote quote(List<Quote> qs, String start) {
        return qs.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void anAdverbBetweenHasAndTheVerbKeepsTheSpeaker() {
        assertThat(quotes("\"We will rebuild the whole port,\" Ana Costa has also said."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
    }

    @Test
    void aPossessiveRoleWithoutItsClosingCommaLeavesThePersonTheSubject() {
        List<Quote> qs = quotes("Todd Harper, Cancer Council Victoria’s CEO said the research shows how campaigns work.\n"
                + "“We have seen how effective campaigns around drink driving have been,” he said.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Todd Harper"));
    }

    @Test
    void theMinisterAfterTheWritersClauseIsTheOneMinisterNamed() {
        List<Quote> qs = quotes("Interior Minister Bernard Cazeneuve spoke to reporters on Sunday.\n"
                + "\"Several war weapons, hand guns and ammunition\" were found in his car, the minister added.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Bernard Cazeneuve"));
    }

    @Test
    void twoPersonsWithTheRoleLeaveNoSpeaker() {
        List<Quote> qs = quotes("Interior Minister Bernard Cazeneuve met Foreign Minister Laurent Fabius on Sunday.\n"
                + "\"Several war weapons, hand guns and ammunition\" were found in his car, the minister added.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    @Test
    void aOneWordSubjectWhoSpokeBeforeKeepsHeResolvable() {
        List<Quote> qs = quotes("\"This is a woman that is a terrible person,\" Trump said of the lawmaker.\n"
                + "Trump contrasted the two debates hosted by the networks.\n"
                + "“In all fairness, she negotiated a great deal,” he said of the debate.");
        assertThat(quote(qs, "In all fairness").speaker()).isEqualTo("Trump");
    }

    @Test
    void aSubjectEndingInSrIsTheLatestPerson() {
        List<Quote> qs = quotes("\"We'll continue to look until he's found,\" added Mitchell.\n"
                + "DeOrr Kunz Sr. also wants his son to know he has not been forgotten.\n"
                + "\"We will find you and we love you more than anything,\" he said.");
        assertThat(quote(qs, "We will find you").speaker()).contains("Kunz");
    }

    @Test
    void aMissingClosingMarkIsCutAtTheAttribution() {
        List<Quote> qs = quotes("\"There's a possibility that he may be with somebody and that is our hope, said Kunz Sr. "
                + "\"It's a bad thing that he would be not with us right now.\"");
        Quote q = quote(qs, "There's a possibility");
        assertThat(q.text()).isEqualTo("There's a possibility that he may be with somebody and that is our hope");
        assertThat(q.speaker()).isEqualTo("Kunz Sr");
    }

    @Test
    void aQuoteLeftOpenAtTheParagraphEndGoesOnInTheNextParagraph() {
        List<Quote> qs = quotes("Adamant that the diary is real, Robert Smith said: “The new evidence overrides any other considerations.\n"
                + "\"It follows that James Maybrick is its most likely author.\"");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("It follows");
            assertThat(q.speaker()).isEqualTo("Robert Smith");
        });
        assertThat(Quotes.unclosedQuote("He said: “The new evidence", 0)).isEqualTo(9);
        assertThat(Quotes.unclosedQuote("He said: “The new evidence.”", 0)).isEqualTo(-1);
    }

    @Test
    void aRulingThatStatesIsItsJudgesWords() {
        assertThat(quotes("The ruling of Mr Justice Francis states: “It is lawful and in the child's best interests.”"))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Francis"));
    }

    @Test
    void aQuoteWithoutASpeakerBreaksTheChainOfContinuations() {
        List<Quote> qs = quotes("\"Kendra is no fool when it comes to business,\" Ana Costa said. Guess who waited in the room? Reality crews!"
                + "\"Why would the birth of her daughter be any different?\" asked a friend. "
                + "\"A new reality star has been born today.\"");
        assertThat(quote(qs, "Kendra is").speaker()).isEqualTo("Ana Costa");
        assertThat(quote(qs, "A new reality").speaker()).isEmpty();
    }

    @Test
    void aRelativeNamedAfterTheQuoteIsTheSpeaker() {
        List<Quote> qs = quotes("He was 41.\n"
                + "“My son has passed away,” his mother, Rosa Lindqvist, tells reporters. “The family is not good.”");
        assertThat(quote(qs, "My son").speaker()).isEqualTo("Rosa Lindqvist");
        assertThat(quote(qs, "The family").speaker()).isEqualTo("Rosa Lindqvist");
    }

    @Test
    void byAndAParticipleOfSpeechSpeakForTheSubject() {
        List<Quote> qs = quotes("Mayor Tomas Reed opened the meeting.\n"
                + "Reed, in fact, prefaced the announcement by saying, \"Our long municipal nightmare is over.\"");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Tomas Reed"));
    }

    @Test
    void aWovenQuoteAfterByAndAParticipleIsTheSubjects() {
        List<Quote> qs = quotes("Coach Ana Costa said Tuesday the season was long.\n"
                + "Costa characterized the team by saying \"everyone is dealing with something\" as if it were a soap opera.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
    }

    @Test
    void aRoleSetOffByACommaAfterTheVerbLeadsToTheName() {
        assertThat(quotes("“It hurts so much,” said another relative, Nisha Ortiz, 18, the girl's cousin."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Nisha Ortiz"));
    }

    @Test
    void whomSomeoneToldIsNotWhomHeOrSheStandsFor() {
        List<Quote> qs = quotes("Last December, he told a Page Six reporter that he “only expects the black media to uphold the standards.”");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    @Test
    void theVerbAndTheNameAfterAClauseOfTheWritersNameTheSpeaker() {
        assertThat(quotes("“The plan would have had a tough road in the primaries,” both east and west, says Dana Whitfield at The Ledger."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Dana Whitfield"));
    }

    @Test
    void anOrganisationsRoleBeforeANameIsNotTheSpeaker() {
        assertThat(quotes("“It undermines the broader goals of the strike,” said former Harbour Workers Union chairman Piet Janssen, referring to the dockers."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Piet Janssen"));
    }

    @Test
    void aSentenceEndingInAColonIsItsSubjectsWords() {
        List<Quote> qs = quotes("Mayor Tomas Reed spoke on Thursday.\n"
                + "Instead, Tomas Reed listed the traits the harbour's new master should have: “Somebody patient, somebody from the coast.”");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Tomas Reed"));
    }

    @Test
    void aCapitalisedWordOpeningASentenceBeforeAColonIsNoSpeaker() {
        assertThat(quotes("Yesterday the harbour office put out the following notice: “All berths stay closed until further notice.”"))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    @Test
    void thePerfectAfterAnAppositiveKeepsTheName() {
        assertThat(quotes("“Breitbart gave the mayor a big role,” Sam Norberg, the aide who ran the early campaign, has said."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Sam Norberg"));
    }

    @Test
    void anOrganisationInTheAppositiveOfAPersonIsNotTheSpeaker() {
        List<Quote> qs = quotes("Kassie Sörensen of the Center for Harbour Safety, who has led the legal efforts, said that the port \"sacrificed sound science for expediency.\"\n"
                + "Missouri Rep. Emil Clever, the chairman of the Harbour Caucus, called the deal “a sugar-coated sandwich” on Sunday.");
        assertThat(quote(qs, "sacrificed").speaker()).isEqualTo("Kassie Sörensen");
        assertThat(quote(qs, "a sugar-coated").speaker()).isEqualTo("Emil Clever");
    }

    @Test
    void aPartyMemberDescribedByPlaceIsThePersonJustNamed() {
        List<Quote> qs = quotes("The deal gives them most of what they wanted, Senate Minority Leader Mitch Connell said Sunday.\n"
                + "“We are going to deal with the problem the voters sent us here to deal with,” the Kentucky Republican said on television.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Mitch Connell"));
    }

    @Test
    void aBodysUnnamedMemberIsNotThePersonJustNamed() {
        List<Quote> qs = quotes("Senator Sheldon Whitmore held up a copy of the report on Monday.\n"
                + "“I don’t think we can just shrug our shoulders and walk away,” said a top House Republican, who asked not to be named.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isNotEqualTo("Sheldon Whitmore"));
    }

    @Test
    void anOrganisationsRoleRightAfterTheVerbLeavesThePerson() {
        assertThat(quotes("“It looks like he was trying to impede the inquiry,” said CNN senior political analyst David Gergen."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("David Gergen"));
    }

    @Test
    void aCapitalisedWordBeforeByAndAParticipleIsNoSpeaker() {
        assertThat(quotes("Co-host joe scarborough opened the show by saying \"mika has the day off with her family.\""))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    // round 7

    @Test
    void aVerbBeforeTheNameAndAColonAfterAQuoteClosingItsSentenceGivesTheSpeaker() {
        List<Quote> qs = quotes("Ana Costa spoke first. \"It has been really fun,\" she said. Adds Bob Weir: \"We are schooled in listening to each other.\"");
        assertThat(quote(qs, "We are schooled").speaker()).isEqualTo("Bob Weir");
    }

    @Test
    void aVerbAfterACommaThenTheNameGivesTheSpeaker() {
        List<Quote> qs = quotes("But when it comes to the players, offers Bob Weir, \"The comparison is just apples and oranges.\"");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Bob Weir"));
    }

    @Test
    void commentedAndOfferedAfterTheQuoteAreSpeech() {
        List<Quote> qs = quotes("\"Looking forward to this one, oh boy,\" commented Bob Weir.\n"
                + "\"I have a feeling this will come out just right,\" offered Mickey Hart.\n"
                + "\"The agency does not recommend routine testing,\" Kristen Nordlund confirmed.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Bob Weir", "Mickey Hart", "Kristen Nordlund");
    }

    @Test
    void anOfferIsNoSpeechWhenItsSubjectComesFirst() {
        List<Quote> qs = quotes("The student group offered \"fifteen reasons to impeach the president\" on Monday.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    @Test
    void anAdverbOpeningTheSentenceIsNoPartOfTheSpeakersName() {
        List<Quote> qs = quotes("\"I got a really heart-warming letter,\" Anastasio tells Billboard.\n"
                + "Even Anastasio is giddy. \"I saw my first show in 1980 when I was 16,\" he says.");
        assertThat(quote(qs, "I saw my first").speaker()).isEqualTo("Anastasio");
    }

    @Test
    void aSubjectAfterAShortLeadInIsWhomHeStandsFor() {
        List<Quote> qs = quotes("\"We will rebuild the port,\" Bob Weir said.\n"
                + "For his part, Anastasio sees the band as American. \"They named their best album American Beauty,\" he says.",
                "Trey Anastasio told Billboard he would play.");
        assertThat(quote(qs, "They named").speaker()).isEqualTo("Trey Anastasio");
    }

    @Test
    void aParagraphOfOnlyAQuoteAfterReportedSpeechIsThatSpeakers() {
        List<Quote> qs = quotes("Prof Owen said it was a groundbreaking moment.\n"
                + "\"Asking a patient something important to them has been our aim for many years.\"\n"
                + "Owen's team scanned the patient again.\n"
                + "\"A paragraph after the writer's own sentence names nobody.\"");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Owen", "");
    }

    @Test
    void aFirstPersonContractionIsNoReportedSpeaker() {
        List<Quote> qs = quotes("I’d say it was a groundbreaking moment.\n\"Asking a patient something important has been our aim.\"");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    @Test
    void aMilitaryTitleWithItsDotOpensTheNameAfterTheVerb() {
        List<Quote> qs = quotes("\"We are focused on the safety of the ship,\" said Adm. Scott Swift, commander of the fleet.\n"
                + "\"We will stand up to those who violate the law,\" said U.S. Sen. Cory Gardner.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Scott Swift", "Cory Gardner");
    }

    @Test
    void anUnnamedSpeakerAfterTheVerbIsGivenByTheirRole() {
        List<Quote> qs = quotes("He juggled several projects. \"He had so much on the go,\" says a producer who worked with him.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("a producer who worked with him"));
    }

    @Test
    void accordingToANameGivesTheSpeakerButADocumentGivesNone() {
        List<Quote> qs = quotes("\"The ice shell can mix vigorously,\" according to Britney Schmidt, a fellow at the institute.\n"
                + "According to the attorneys' manual, \"A subject is a person whose conduct is within the scope of the inquiry.\"");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Britney Schmidt", "");
    }

    @Test
    void aRoleInParenthesesBeforeTheVerbSpeaks() {
        List<Quote> qs = quotes("ABC News later amended its story. (An ABC News rep tells THR it will pursue the story and \"will issue a full retraction and apology\" if needed.)");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("an ABC News rep"));
    }

    @Test
    void sheGoesToTheUnnamedWomanWhoOpensASentenceSinceThePersonOfUnknownGender() {
        // not Nick Richie; the woman herself since round pronoun17 (UnnamedReferents), before it no one
        List<Quote> qs = quotes("Nick Richie said in an email that she would speak soon.\n"
                + "The woman had several mutual friends with the congressman, she said.\n"
                + "\"I had messaged him, and we started talking a lot,\" she said.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("the woman"));
    }

    @Test
    void sheKeepsThePersonWhoseGenderIsKnown() {
        List<Quote> qs = quotes("Ms Ana Costa said in an email that she would speak soon.\n"
                + "The woman had several mutual friends with the congressman, she said.\n"
                + "\"I had messaged him, and we started talking a lot,\" she said.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
    }

    @Test
    void aSpeechVerbOfTone() {
        List<Quote> qs = quotes("\"It is not really going to be the best show ever,\" Rosa Klein quipped on her way to the stage.\n"
                + "\"This is beyond irresponsible, given what the department failed to do,\" Brad Owens fumed.\n"
                + "\"Oh yeah, my outlook on life has totally changed,\" Paula Reyes answered.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Rosa Klein", "Brad Owens", "Paula Reyes");
    }

    @Test
    void aParagraphNamingThePersonAgainKeepsThePronounTheirs() {
        List<Quote> qs = quotes("\"We will send every crew to the docks,\" said Daniel Brandt.\n"
                + "The plan for Brandt was clear: every boat goes out at dawn.\n"
                + "\"We will not stop until every fire is out,\" he said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Daniel Brandt", "Daniel Brandt");
    }

    @Test
    void aParagraphSpeakingOfThePersonByTheirTitleKeepsThePronounTheirs() {
        List<Quote> qs = quotes("\"We will rebuild every school in the valley,\" President Kagame said.\n"
                + "But the president also promised new roads to the north.\n"
                + "\"No family will be left behind this time,\" he said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Kagame", "Kagame");
    }

    @Test
    void theTitleSpeakingIsThePersonJustNamedWithIt() {
        List<Quote> qs = quotes("\"We will rebuild every school in the valley,\" said Kagame.\n"
                + "The speech by President Kagame came a day after the floods.\n"
                + "\"No family will be left behind this time,\" the president said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Kagame", "Kagame");
    }

    @Test
    void aTitleTheTextNeverGaveThePersonIsNoCue() {
        assertThat(Roles.calledBy("president", "Kagame", "The speech by President Kagame came.")).isTrue();
        assertThat(Roles.calledBy("president", "Kagame", "The president met Kagame.")).isFalse();
        assertThat(Roles.calledBy("producer", "Kagame", "Producer Kagame spoke.")).isFalse(); // no person's title
        assertThat(Roles.namesAgain("The plan for Brandt was clear.", "Daniel Brandt")).isTrue();
        assertThat(Roles.namesAgain("The Brandtville plan was clear.", "Daniel Brandt")).isFalse();
    }

    @Test
    void aShortSpokenQuoteCarriesItsSpeakerToTheNextQuote() {
        List<Quote> qs = quotes("Dana Ruiz walked back to her seat.\n"
                + "\"What, what?\" she says. \"It has happened before, many times.\"\n"
                + "\"Phew!\" says Tom Hale as he walks out. \"That is so gnarly, can we get a candle?\"");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Dana Ruiz", "Tom Hale");
    }

    @Test
    void aShortTermInTheWritersSentenceSpeaksForNobody() {
        List<Quote> qs = quotes("Tom Hale walked in.\n"
                + "The city has become a \"banana republic.\" \"We will rebuild the port this year.\"");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    @Test
    void aCreditOpeningTheParagraphBeforeAColonIsTheSpeaker() {
        List<Quote> qs = quotes("Per Goldman Sachs: “The program will reach every small business in the state.”\n"
                + "NYT’s Nate Silver (@fivethirtyeight): “So sick and tired of these teams dominating everything.”\n"
                + "BANK RESPONSE - From spokesman Lawrence Di Rita: “Most of the major banks are moving toward a charge.”\n"
                + "Bundy's response: “I might be a welfare queen, but I am producing something.”\n"
                + "Per a White House official: “The president will travel to Texas on Friday.”\n"
                + "Per Treasury official: “The secretary will be in Manhattan to attend the dinner.”\n"
                + "Related: “Ten things you did not know about the port.”\n"
                + "Phil Lesh spoke first.\n"
                + "Added Lesh: “It is with respect and gratitude that we reconvene the band.”");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Goldman Sachs", "Nate Silver", "Lawrence Di Rita",
                "Bundy", "a White House official", "Treasury official", "", "Lesh");
    }

    @Test
    void oneOfSeveralSetOffBeforeTheNameAfterTheQuote() {
        List<Quote> qs = quotes("“Having girls of our own, it just hit home,” one of the searchers, Karen Boucher, told the paper.\n"
                + "“Nobody was even talking in the room,” another searcher, Denise Hoverman, said.");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Karen Boucher", "Denise Hoverman");
    }

    @Test
    void theTitleWrittenShortGivesTheRoleItsPerson() {
        List<Quote> qs = quotes("Lt. Gen. Thomas Bergeson explained the exercise to the crews on Monday.\n"
                + "Their aircraft flew over the bay, what the general calls the team.\n"
                + "\"The team has done extraordinarily well this spring,\" the general said.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Thomas Bergeson"));
        assertThat(Roles.calledBy("general", "Thomas Bergeson", "Lt. Gen. Thomas Bergeson spoke.")).isTrue();
        assertThat(Roles.calledBy("reporter", "Tom Hale", "Rep. Tom Hale spoke.")).isFalse();
    }

    @Test
    void aPossessiveAfterAReportedClauseWithItsOwnSubjectIsNoGenderCue() {
        List<Quote> qs = quotes("Jim Campbell said Olivia was a bright child who loved her siblings.\n"
                + "\"Instead of praying, do something about guns,\" he said.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Jim Campbell"));
    }

    @Test
    void aNameOpeningTheSentenceBeforeAnAppositiveIsItsSubject() {
        List<Quote> qs = quotes("Nancy Ruth, a Conservative senator, has long advocated a change.\n"
                + "“For women, this means we are included and valued,” she said.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Nancy Ruth"));
    }

    @Test
    void aPronounStandsForSomeoneNamedBeforeIt() {
        List<Quote> qs = quotes("Robert Mercer said he would not comment on the fund. David Magerman said he had warned the fund. "
                + "After the story appeared, Magerman, who has worked at the fund for twenty years, was suspended for thirty days. "
                + "Undaunted, he published an op-ed in the Inquirer, accusing Mercer of “effectively buying shares in the candidate.” "
                + "He warned, “Mercer now owns a sizeable share of the presidency.”");
        assertThat(quote(qs, "effectively").speaker()).isEqualTo("David Magerman");
    }

    @Test
    void aQuoteNamingNobodySpeaksForThePersonOpeningTheSentenceBefore() {
        List<Quote> qs = quotes("Ashake Banks said her daughter loved the lemonade stand.\n"
                + "She had hoped the gangs would stay away from a place meant for kids. \"But they really did not care at all.\"\n"
                + "When the storm came, the city closed. \"Nobody knew what to do next.\"");
        assertThat(qs).extracting(Quote::speaker).containsExactly("Ashake Banks", "");
    }

    @Test
    void aNameSetOffAfterARoleOpeningTheSentenceIsItsSubject() {
        List<Quote> qs = quotes("The crew's captain, Ana Costa, refused to comment on the fire when reached by phone. "
                + "“This is a matter for the harbour police,” she said.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
        // ... and speaks the quote that opens the next sentence
        List<Quote> next = quotes("His mother, Rosa Delgado, remembers that storm. “It was the worst night of my whole life.”");
        assertThat(next).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Rosa Delgado"));
    }

    @Test
    void aParagraphSpeakingOfThePersonByADescriptionCarriesTheirPronoun() {
        List<Quote> qs = quotes("Daniel Brandt has warned that the port will close.\n"
                + "In an interview with the Herald, the harbour master said the berths were full.\n"
                + "“We cannot take another ship this winter,” he said.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Daniel Brandt"));
        List<Quote> party = quotes("Sen. Ana Costa said the harbour bill would fail.\n"
                + "The Kansas Democrat - who has served two terms - said the bill was dead.\n"
                + "“We do not have the votes this year,” she said.");
        assertThat(party).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
        // a description the text gave someone else is that other person: the chain breaks
        List<Quote> other = quotes("Daniel Brandt has warned that the port will close. The port hired spokesman Jon Reed in May.\n"
                + "In a statement, the spokesman said the berths were full.\n"
                + "“We cannot take another ship this winter,” he said.");
        assertThat(other).singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    @Test
    void jokesAndRemarksAreVerbsOnlyRightBetweenTheSubjectAndTheQuote() {
        assertThat(quotes("“It is not going to be the best night of the year,” Ana Costa jokes in a flat voice."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Costa"));
        assertThat(quotes("At the pier, Costa turns to Daniel Brandt, who remarks, “The ships never come back on time.”"))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Daniel Brandt"));
        // a possessive: the nouns
        assertThat(quotes("Daniel Brandt's remarks, “The ships never come back on time,” drew laughs at the pier."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    // round quotes13

    @Test
    void aTitleInTheWritersSentenceQuotesNobody() {
        List<Quote> qs = quotes("The answer came from Dr. Ana Costa, author of “The Naked Truth About Harbour Ships.” "
                + "Dr. Costa said, “Every ship will sink sooner or later in these waters.”");
        assertThat(qs).extracting(Quote::speaker).containsExactly("", "Ana Costa");
        assertThat(quotes("“We need the ability to get through red tape,” Ana Costa told CNN's “State of the Union with Jon Reed” on Sunday."))
                .extracting(Quote::speaker).containsExactly("Ana Costa", "");
    }

    @Test
    void titlesAreShortRunsOfCapitalisedWords() {
        assertThat(Titles.isTitle("Separated (Real From the Fake)")).isTrue();
        assertThat(Titles.isTitle("Drop a Gem on ‘Em")).isTrue();
        assertThat(Titles.isTitle("Consider it, Governor Haley.")).isFalse();
        assertThat(Titles.isTitle("the salt of the earth.")).isFalse();
        assertThat(Titles.isTitle("A Very Long Title That Goes On And On Past The Point Where Titles End")).isFalse();
    }

    @Test
    void anAdverbBetweenARoleAndItsVerbIsNoPartOfTheRole() {
        List<Quote> qs = quotes("President Dan Brandt spoke on Friday about the harbour.\n"
                + "\"The harbour has smashed one record after another this year,\" the president proudly stated.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Dan Brandt"));
        assertThat(quotes("\"We were told nothing at all about the ships,\" the victim's family said."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("the victim's family"));
    }

    @Test
    void militaryRanksAndInstrumentsAreTitles() {
        assertThat(quotes("“It is time to go underwater,” said Air Chief Marshal Angus Reed, who leads the search."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Angus Reed"));
        assertThat(quotes("Guitarist Jon Reed, 70, has spent years in the vaults.\n“I don't want to die and have somebody else do it,” Reed says."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Jon Reed"));
    }

    @Test
    void recountedIsASpeechVerb() {
        assertThat(quotes("Noel lives next door to the family.\n“It was a little shaky in the old lift,” Noel recounted."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Noel"));
    }

    @Test
    void aNameSetOffAfterAnotherPersonsPossessiveRoleIsTheSubject() {
        List<Quote> qs = quotes("Erin Brandt's friend, Tari Delgado, 36, described the family as warm. She said she is in shock.\n"
                + "“But then I realize they are safe at home,” she said.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Tari Delgado"));
    }

    @Test
    void aKinWordAfterAPossessiveGivesNoOpenGenderPersonToHe() {
        // the cues leave Rosa Delgado's gender open ("mother", and "Mr. Delgado" for her son, who shares her surname): "he" is not her
        List<Quote> qs = quotes("Prodigy's mother, Rosa Delgado, was a singer in a band. When she passed, Prodigy eulogized her online: "
                + "“I want to take a moment and salute this beautiful soul,” he wrote.\n"
                + "Mr. Delgado, the rapper, said his band would go on.");
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isNotEqualTo("Rosa Delgado"));
    }

    @Test
    void afterTheVerbAPlaceAndARoleBeforeAFullNameAreWhereThePersonIs() {
        assertThat(quotes("“I have lived in Anaheim my whole life and never saw this,” said Anaheim resident Joe Reed, who saw the fight."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Joe Reed"));
        // a preposition is no role: the place after it is not who speaks
        assertThat(quotes("“We will rebuild the whole port this year,” said Costa in New York."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Costa"));
    }
}
