package dev.precis.clean;

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
        CleanArticle a = new RuleCleaner().clean(c).get(0);
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
        List<CleanArticle> out = new RuleCleaner().clean(c);
        assertThat(out.get(0).text()).contains(shared).doesNotContain("More from our network");
        assertThat(out.get(1).text()).contains(shared).doesNotContain("More from our network");
    }

    @Test
    void positionRules() {
        String text = "Share\nCouncil approves bridge budget\n" + BEFORE + "\n" + AFTER
                + "\nBridge repairs delayed again\nNew parking rules for the city centre";
        CleanArticle a = new RuleCleaner().clean(new Cluster("t", List.of(Article.of("a", text)))).get(0);
        assertThat(a.drops()).extracting(Drop::rule).containsExactly("ui-line", "headline", "related-headline", "related-headline");
        assertThat(a.text()).isEqualTo(BEFORE + "\n" + AFTER);
    }

    @Test
    void titleAndDuplicateLines() {
        Article art = new Article("a", "Council approves bridge budget", "", null, "",
                "Council approves bridge budget\n" + BEFORE + "\nMembers argued for three hours about the cost of repairing the old bridge.\n" + AFTER);
        CleanArticle a = new RuleCleaner().clean(new Cluster("t", List.of(art))).get(0);
        assertThat(a.drops()).extracting(Drop::rule).containsExactly("title", "duplicate");
    }

    @Test
    void captionLineBeforeCreditedCaption() {
        String text = BEFORE + "\nMen carry boxes away from the flooded market in the old town centre\n"
                + "Water rose quickly after the storm [Jane Doe/Agency]\n" + AFTER;
        CleanArticle a = new RuleCleaner().clean(new Cluster("t", List.of(Article.of("a", text)))).get(0);
        assertThat(a.drops()).extracting(Drop::rule).containsExactly("caption", "caption");
    }

    @Test
    void datelinePrefixesAreCut() {
        for (String prefix : List.of("WASHINGTON (AP) — ", "LONDON (Reuters) - ", "PARIS — ",
                "NEW YORK, UNITED STATES, Jane Doe with John Roe in Paris- ")) {
            String line = prefix + "The talks ended without agreement on Thursday, officials said.";
            CleanArticle a = new RuleCleaner().clean(new Cluster("t", List.of(Article.of("a", line)))).get(0);
            assertThat(a.text()).as(prefix).isEqualTo("The talks ended without agreement on Thursday, officials said.");
            assertThat(a.drops()).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo("dateline");
                assertThat(d.text()).isEqualTo(prefix.strip());
            });
        }
        String plain = "UN envoys - who met on Monday - said the plan was dead.";
        CleanArticle a = new RuleCleaner().clean(new Cluster("t", List.of(Article.of("a", plain)))).get(0);
        assertThat(a.text()).isEqualTo(plain);
    }

    @Test
    void multiNewsNewlineTokenSplitsLines() {
        String text = BEFORE.replace("\n", " NEWLINE_CHAR NEWLINE_CHAR ") + " NEWLINE_CHAR Advertisement NEWLINE_CHAR " + AFTER;
        CleanArticle a = new RuleCleaner().clean(new Cluster("t", List.of(Article.of("a", text)))).get(0);
        assertThat(a.text()).isEqualTo(BEFORE + "\n" + AFTER);
        assertThat(a.drops()).extracting(Drop::rule).containsExactly("ui-line");
    }

    @Test
    void emptyAndBlankArticles() {
        List<CleanArticle> out = new RuleCleaner().clean(new Cluster("t", List.of(Article.of("a", ""), Article.of("b", " \n\u00A0\n"))));
        assertThat(out).allSatisfy(a -> {
            assertThat(a.isEmpty()).isTrue();
            assertThat(a.drops()).isEmpty();
        });
        assertThat(out).extracting(CleanArticle::index).containsExactly(0, 1);
    }

    @Test
    void keptTextIsTheKeptLinesJoined() {
        String text = "Share\n" + BEFORE + "\n\n   " + AFTER.replace("\n", "   \n") + "\nAdvertisement";
        CleanArticle a = new RuleCleaner().clean(new Cluster("t", List.of(Article.of("a", text)))).get(0);
        assertThat(a.text()).isEqualTo(BEFORE + "\n" + AFTER);
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String text = BEFORE + "\nThe mission of the new standards was to prepare a new generation of\n"
                + "students to understand scientific and technical issues,\nand to apply science daily.\n" + AFTER;
        CleanArticle a = new RuleCleaner().clean(new Cluster("t", List.of(Article.of("a", text)))).get(0);
        assertThat(a.text()).contains("The mission of the new standards was to prepare a new generation of students to "
                + "understand scientific and technical issues, and to apply science daily.");
        assertThat(a.drops()).isEmpty();
    }

    @Test
    void proseMissingItsLastFullStopIsKept() {
        assertThat(ruleFor("The boy was pronounced dead. The investigation is ongoing")).isEqualTo("(kept)");
    }
}
