package dev.precis.ingest;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTextsTest {
    @Test
    void plainTextTakesItsHeadlineLikeATextFile() {
        Article a = ArticleTexts.fromText("1", "Harbour fire destroys warehouse\n\nA fire broke out at the harbour on Monday.");
        assertThat(a.title()).isEqualTo("Harbour fire destroys warehouse");
        assertThat(a.text()).startsWith("Harbour fire").endsWith("on Monday.");
    }

    @Test
    void htmlKeepsTheStoryAndNotTheMarkup() {
        Article a = ArticleTexts.fromHtml("2", "<html><head><title>Fire at the harbour</title></head><body>"
                + "<nav>Home | World</nav><article><p>A fire broke out at the harbour on Monday night.</p>"
                + "<p>No one was hurt, officials said.</p></article></body></html>");
        assertThat(a.text()).contains("A fire broke out at the harbour").doesNotContain("<p>");
        assertThat(a.title()).isEqualTo("Fire at the harbour");
    }
}
