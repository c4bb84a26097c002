package dev.precis.clean.rules;

import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.Drop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PullQuoteTest {
    private static final String BODY = "The team pooled 40 trials of a new hip implant in older patients.\n"
            + "Dr Ann Roe, who led the review, said: \"We found that patients walked sooner, and that the longer they "
            + "waited the worse they did.\"\n";
    private static final String AFTER = "The implant is now used in twelve hospitals across the region.";

    private static CleanArticle clean(String text) {
        return Rules.cleaner().clean(new Cluster("t", List.of(Article.of("a", text)))).get(0);
    }

    @Test
    void aQuotationRepeatedWithItsCreditAfterADashIsDropped() {
        CleanArticle a = clean(BODY + "We found that patients walked sooner, and that the longer they waited the worse they did – Dr Ann Roe Review lead\n" + AFTER);
        assertThat(a.drops()).extracting(Drop::rule).containsExactly("pull-quote");
        assertThat(a.text()).contains("Dr Ann Roe, who led the review").doesNotContain("Review lead");
    }

    @Test
    void aDashedCreditWhoseWordsTheArticleDoesNotRepeatIsKept() {
        CleanArticle a = clean(BODY + "Nurses said the new ward would open in the spring of next year – Radio Valley News\n" + AFTER);
        assertThat(a.drops()).extracting(Drop::rule).doesNotContain("pull-quote");
    }

    @Test
    void aSentenceWithADashAndItsFullStopIsKept() {
        CleanArticle a = clean(BODY + "We found that patients walked sooner, and that the longer they waited the worse they did – Dr Roe said.\n" + AFTER);
        assertThat(a.drops()).extracting(Drop::rule).doesNotContain("pull-quote");
    }
}
