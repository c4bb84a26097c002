package dev.precis.clean;

import dev.precis.clean.rules.Rules;

import dev.precis.clean.rules.Caption;

import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.Drop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule on small invented lines, inside a body of real sentences so position rules are neutral. */
class RulesTest {
    private static final String BEFORE = "The city council met on Monday to discuss the new budget for the coming year.\n"
            + "Members argued for three hours about the cost of repairing the old bridge.";
    private static final String AFTER = "The mayor said a final vote would take place next month after a public consultation.\n"
            + "Residents will be able to send comments by post or in person at the town hall.";

    /** The rule that drops {@code line} when it sits in the middle of a normal article, or "(kept)". */
    static String ruleFor(String line) {
        Cluster c = new Cluster("t", List.of(Article.of("a", BEFORE + "\n" + line + "\n" + AFTER)));
        CleanArticle a = Rules.cleaner().clean(c).get(0);
        return a.drops().stream().map(Drop::rule).findFirst().orElse("(kept)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '§', value = {
            "Share § ui-line",
            "Advertisement § ui-line",
            "Read more § ui-line",
            "Sign up § ui-line",
            "12 Comments § ui-line",
            "Print this article § ui-line",
            "Related stories § ui-line",
            "Home | World | Business | Science | Sport § menu",
            "Politics • Economy • Culture § menu",
            "By Jane Doe § byline",
            "By JANE DOE and Sam Roe § byline",
            "Jane Doe with John Roe in Lisbon § byline",
            "Friday, September 23rd 2016 § dateline",
            "23 September, 2016 § dateline",
            "Updated 10:32 GMT § dateline",
            "Published on Jul 18, 2017 § dateline",
            "3 min read § reading-time",
            "Firefighters at the scene on Monday [AFP] § caption",
            "The damaged bridge seen from the river (Reuters) § caption",
            "A view of the harbour [Jane Doe/Agency Photo] § caption",
            "Photo: Jane Doe § credit",
            "Read more: Bridge repairs to cost twice the estimate § related-link",
            "WATCH: The moment the bridge closed § related-link",
            "Why the bridge matters to the town | Jane Doe Read more § related-link",
            "Kevin Example/Getty Images § credit",
            "Source: News Agencies § source-note",
            "Agencies contributed to this report § source-note",
            "Copyright © 2019 Example Media. All rights reserved. § source-note",
            "- Budget fight -§ sub-heading",
            "Budget fight § sub-heading",
            "'Hanging in the balance' § sub-heading",
            "THE BUDGET VOTE § no-lowercase",
            "https://example.com/story/123 § url-only",
            "@example_reporter § url-only",
            "reporter@example.com § url-only",
            "12 34 56 ## 78 § symbols",
            "[Read: the bridge that nobody wanted] § bracketed",
            "Please enable JavaScript in your browser to watch this video. § notice",
            "We use cookies to improve your experience. By continuing you accept our cookie policy. § notice",
            "A photo released by the harbour police shows the damaged pier. § caption",
            "The damaged pier is seen from a boat, in this handout photo released by the harbour police. § caption",
            "Two firefighters, left, and a volunteer carry sandbags to the pier. § caption",
            "Image taken by a diver showing the hull of the sunken ferry. § caption",
            "Caption The mayor visits the pier on Monday. § credit",
            "The mayor visits the pier on Monday. Jane Roe/Handout via WIRE § credit",
            "Storm day A post shared by Jane Roe (@janeroe) on Mar 3, 2019 at 9:12am PST § social-embed",
            "What a storm pic.twitter.com/ab12cd34 — Jane Roe (@janeroe) March 3, 2019 § social-embed",
            "JUST WATCHED Harbour storm footage Replay More Videos ... MUST WATCH Harbour storm footage 02:14 § player",
            "4 of 30 Skip in Skip x Embed x Share CLOSE Storm hits the harbour | 1:12 Waves broke over the pier. § player",
            "Storm photos The pier at dawn. Hide Caption 1 of 12 Storm photos Waves break over the wall. Hide Caption 2 of 12 § player",
            "Follow the Valley Times on Twitter @valleytimes and on Facebook. § promo",
            "Contact us at letters@example.com. § promo",
            "Contact Jane Roe at 408-555-0100. § promo",
            "Contact her at 925-555-0111. § promo",
            "In this Saturday, July 1, 2017, photo, people line up outside a shop in the valley. § caption",
            "For more stories like this, click here: https://example.com/more § promo",
            "Watch the mayor's speech in the video above. § media-reference",
            "The clip shown here was filmed by a resident on Monday night. § media-reference",
            "The official page of the games published the following image. § media-reference",
            "A supporter holds a sticker during a watch party for Sen. Jane Roe, Thursday, Oct. 3, 2013, in Valley City. § caption",
            "The mayor tweeted the following video: § media-reference",
            "Scientists say the storm season could start earlier than usual, according to a new ... § teaser",
            "This story has been corrected to show the pier reopened on Tuesday. § source-note",
            "Correction: An earlier version misstated the mayor's name. § source-note",
            "Originally published on Valley Science. § source-note",
            "Transcripts are produced on a deadline by a contractor using a proprietary transcription process. This text may not be in its final form and may be updated or revised. § notice",
            "You can add location information to your Tweets, such as your city, from the web and via third-party applications. § notice",
            "CLICK HERE to find out more about the survivors' group on the quay. § promo",
            "Related Jane Roe: 10 Essential Songs From the Singer Jane Roe died at 42, but her songs live on § related-link",
    })
    void dropsDebris(String line, String rule) {
        assertThat(ruleFor(line.strip())).isEqualTo(rule.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '§', value = {
            "\"We will not give up,\" she said.",
            "It rained.",
            "Kerry told reporters: “It’s going to be very difficult.”",
            "By Tuesday evening, the fire had spread to three more buildings.",
            "The agency (AFP) said 12 people were hurt in the blast on Monday.",
            "Share prices fell sharply after the announcement on Friday.",
            "Subscribers to the service will pay more from next year, the company said.",
            "Le conseil municipal a voté le budget lundi soir.",
            "市议会周一通过了新的预算。",
            "The storm, which crawled across the Midwest, closed schools in three states.",
            "The photographer said she had waited three hours for the light to change.",
            "Temperatures fell below zero across the valley overnight, forecasters said.",
            "Follow-up inspections found no damage to the bridge, the council said.",
            "Gov. Jane Roe (R), a veteran of three campaigns, has not been tested in a national race.",
            "Under the current rules, 501(c)(4) groups must make social welfare their primary purpose.",
            "Her answer: She would not run again, she told the reporters gathered outside the hall on Monday",
            "The left wing of the party voted against the budget on Monday.",
            "Residents watched the video of the storm hundreds of times, the mayor said.",
            "Contact with the crew was lost at 10 p.m., the coast guard said.",
            "In this case the judge saw the photo only after the trial, the lawyer said.",
            "Residents can reach the council at its new office on Main Street from Monday.",
            "Jane Roe, 25, was killed Saturday, April 6, 2013, in southern Valleyland, the first diplomat to die there this year.",
            "jane roe holds a sticker during a watch party thursday, oct. 3, 2013, in san antonio.",
            "Related Companies said it would build 300 homes on the old harbour site.",
            "Clicking on the link in the e-mail installed the virus, the police said.",
    })
    void keepsStoryText(String line) {
        assertThat(ruleFor(line.strip())).isEqualTo("(kept)");
    }

    @Test
    void templateLinesRepeatedAcrossArticlesAreDroppedButSharedSentencesKept() {
        String shared = "The ministry said the talks would resume on Thursday in Geneva.";
        Cluster c = new Cluster("t", List.of(
                Article.of("a", BEFORE + "\nMore from our network\n" + shared + "\n" + AFTER),
                Article.of("b", "Officials from both sides arrived in the city on Wednesday evening.\n" + shared
                        + "\nMore from our network\nA spokesman declined to comment on the details of the plan.")));
        List<CleanArticle> out = Rules.cleaner().clean(c);
        assertThat(out.get(0).text()).contains(shared).doesNotContain("More from our network");
        assertThat(out.get(1).text()).contains(shared).doesNotContain("More from our network");
    }

    @Test
    void aWidgetsTaglineGoesWithItsPrompt() {
        String widget = "The best harbour newsletter. Sign up for Harbour Daily and get the latest news, every morning, in your inbox. "
                + "By signing up you agree to receive email newsletters or alerts. You can unsubscribe at any time.";
        CleanArticle a = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", BEFORE + "\n" + widget + "\n" + AFTER)))).get(0);
        assertThat(a.text()).isEqualTo(BEFORE + "\n" + AFTER);
        // a story sentence before a prompt stays: only the prompt is cut
        String story = "The council will publish the budget in its newsletter on Friday, the mayor said. Sign up for Harbour Daily here.";
        CleanArticle b = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", BEFORE + "\n" + story + "\n" + AFTER)))).get(0);
        assertThat(b.text()).contains("The council will publish the budget in its newsletter on Friday, the mayor said.").doesNotContain("Sign up");
    }

    @Test
    void positionRules() {
        String text = "Share\nCouncil approves bridge budget\n" + BEFORE + "\n" + AFTER
                + "\nBridge repairs delayed again\nNew parking rules for the city centre";
        CleanArticle a = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", text)))).get(0);
        assertThat(a.drops()).extracting(Drop::rule).containsExactly("ui-line", "headline", "related-headline", "related-headline");
        assertThat(a.text()).isEqualTo(BEFORE + "\n" + AFTER);
    }

    @Test
    void titleAndDuplicateLines() {
        Article art = new Article("a", "Council approves bridge budget", "", null, "",
                "Council approves bridge budget\n" + BEFORE + "\nMembers argued for three hours about the cost of repairing the old bridge.\n" + AFTER);
        CleanArticle a = Rules.cleaner().clean(new Cluster("t", List.of(art))).get(0);
        assertThat(a.drops()).extracting(Drop::rule).containsExactly("title", "duplicate");
    }

    @Test
    void captionLineBeforeCreditedCaption() {
        String text = BEFORE + "\nMen carry boxes away from the flooded market in the old town centre\n"
                + "Water rose quickly after the storm [Jane Doe/Agency]\n" + AFTER;
        CleanArticle a = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", text)))).get(0);
        assertThat(a.drops()).extracting(Drop::rule).containsExactly("caption", "caption");
    }

    @Test
    void datelinePrefixesAreCut() {
        for (String prefix : List.of("WASHINGTON (AP) — ", "LONDON (Reuters) - ", "PARIS — ",
                "NEW YORK, UNITED STATES, Jane Doe with John Roe in Paris- ")) {
            String line = prefix + "The talks ended without agreement on Thursday, officials said.";
            CleanArticle a = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", line)))).get(0);
            assertThat(a.text()).as(prefix).isEqualTo("The talks ended without agreement on Thursday, officials said.");
            assertThat(a.drops()).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo("dateline");
                assertThat(d.text()).isEqualTo(prefix.strip());
            });
        }
        String plain = "UN envoys - who met on Monday - said the plan was dead.";
        CleanArticle a = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", plain)))).get(0);
        assertThat(a.text()).isEqualTo(plain);
    }

    @Test
    void galleryCaptionsInASeriesAreDropped() {
        String text = BEFORE + "\nHarbour day: The mayor and her husband walk along the pier as crowds gather behind them\n"
                + AFTER + "\nOn show: The new ferry waits at the quay while engineers check the engines\n" + BEFORE;
        CleanArticle a = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", text)))).get(0);
        assertThat(a.drops()).extracting(Drop::rule).contains("caption");
        assertThat(a.text()).doesNotContain("Harbour day").doesNotContain("On show");
    }

    /** What {@code line} becomes after the prefix rules, alone in an article. */
    static String afterPrefixes(String line) {
        return Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", line)))).get(0).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', value = {
            "(AP) — § dateline",
            "(WXYZ) -- § dateline",
            "(KQRS) § dateline",
            "(Valley Health News) -- § dateline",
            "Lisbon (Reuters) § dateline",
            "HARBOURTON, Ore. (AP) — § dateline",
            "HARBOURTON, N.M. — § dateline",
            "HARBOURTON, Ore. (KXYZ) § dateline",
            "HARBOURTON—§ dateline",
            "HARBOURTON § dateline",
            "SMITH: § label",
            "JANE DOE: § label",
            "UPDATE: § label",
            "Updated | § label",
            "- § bullet",
            "-- § bullet",
            "— § bullet",
            "* § bullet",
            "Enlarge Image Close § ui-line",
            "Email This § ui-line",
            "[Video] § headline",
            "Harbour Council Approves New Budget Harbour Council Approves New Budget § headline",
            "By Jane Doe and John Q. Roe § byline",
            "Rescuers search the rubble of the market on Monday [WIRE/Jane Roe] § caption",
            "- HARBOURTON, Ore. (AP) — § bullet",
            "(Photo: Jane Doe, AP) § credit",
            "( photo: jane q. doe, harbour police ) § credit",
    })
    void prefixDebrisIsCutAndTheSentenceKept(String prefix, String rule) {
        String sentence = "The council approved the harbour budget on Thursday after a long debate, officials said.";
        String line = prefix.length() > 2 && prefix.endsWith("—") ? prefix + sentence : prefix + " " + sentence;
        CleanArticle a = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", line)))).get(0);
        assertThat(a.text()).as(prefix).isEqualTo(sentence);
        assertThat(a.drops()).singleElement().satisfies(d -> assertThat(d.rule()).isEqualTo(rule.strip()));
    }

    @Test
    void aLoneSentenceAfterAPicturesControlsAndCreditIsItsCaption() {
        String caption = "The mayor celebrated late on election night at the harbour.";
        CleanArticle lone = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a",
                "Enlarge Image Close Getty Images " + caption)))).get(0);
        assertThat(lone.text()).isEmpty();
        assertThat(lone.drops()).extracting(Drop::rule).containsExactly("ui-line", "caption");
        // A paragraph after the controls and credit is the story's: only the controls and credit go.
        String paragraph = "The council approved the harbour budget on Thursday after a long debate. Work starts in May.";
        CleanArticle story = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a",
                "Enlarge Image Close Getty Images " + paragraph)))).get(0);
        assertThat(story.text()).isEqualTo(paragraph);
        assertThat(story.drops()).extracting(Drop::rule).containsExactly("ui-line");
        // Controls with no credit say nothing of what follows.
        CleanArticle bare = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", "Enlarge Image Close " + caption)))).get(0);
        assertThat(bare.text()).isEqualTo(caption);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', value = {
            "NASA Administrator Jane Roe said the launch would go ahead on Thursday.",
            "US officials said the talks would resume in Geneva on Thursday, according to a statement.",
            "Widget (WDGT) shares rose 5 percent on Thursday after the company reported strong results.",
            "By Tuesday evening the fire had spread to three more buildings in the old town.",
            "- Rebel neighborhoods -",
            "Share prices fell sharply after the announcement on Friday, traders said in London.",
            "The agency (AFP) said 12 people were hurt in the blast on Monday in the capital.",
            "U.S. officials told the news agency (AP) Tuesday that the talks had stalled completely.",
            "Sen. Jane Roe (R-Ore.), a critic of the plan, said in a statement that “as [Harbour Authority] chief he failed us.”",
    })
    void storyOpeningsAreNotCut(String line) {
        CleanArticle a = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", line)))).get(0);
        assertThat(a.drops()).noneMatch(d -> List.of("dateline", "label", "bullet", "ui-line", "byline", "caption").contains(d.rule())
                && a.text().length() > 0 && !a.text().equals(line));
        if (!line.startsWith("- ")) assertThat(a.text()).isEqualTo(line);
    }

    @Test
    void multiNewsNewlineTokenSplitsLines() {
        String text = BEFORE.replace("\n", " NEWLINE_CHAR NEWLINE_CHAR ") + " NEWLINE_CHAR Advertisement NEWLINE_CHAR " + AFTER;
        CleanArticle a = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", text)))).get(0);
        assertThat(a.text()).isEqualTo(BEFORE + "\n" + AFTER);
        assertThat(a.drops()).extracting(Drop::rule).containsExactly("ui-line");
    }

    @Test
    void emptyAndBlankArticles() {
        List<CleanArticle> out = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", ""), Article.of("b", " \n\u00A0\n"))));
        assertThat(out).allSatisfy(a -> {
            assertThat(a.isEmpty()).isTrue();
            assertThat(a.drops()).isEmpty();
        });
        assertThat(out).extracting(CleanArticle::index).containsExactly(0, 1);
    }

    @Test
    void keptTextIsTheKeptLinesJoined() {
        String text = "Share\n" + BEFORE + "\n\n   " + AFTER.replace("\n", "   \n") + "\nAdvertisement";
        CleanArticle a = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", text)))).get(0);
        assertThat(a.text()).isEqualTo(BEFORE + "\n" + AFTER);
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String text = BEFORE + "\nThe mission of the new standards was to prepare a new generation of\n"
                + "students to understand scientific and technical issues,\nand to apply science daily.\n" + AFTER;
        CleanArticle a = Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", text)))).get(0);
        assertThat(a.text()).contains("The mission of the new standards was to prepare a new generation of students to "
                + "understand scientific and technical issues, and to apply science daily.");
        assertThat(a.drops()).isEmpty();
    }

    @Test
    void proseMissingItsLastFullStopIsKept() {
        assertThat(ruleFor("The boy was pronounced dead. The investigation is ongoing")).isEqualTo("(kept)");
    }
}
