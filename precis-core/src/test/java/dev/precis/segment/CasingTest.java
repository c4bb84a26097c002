package dev.precis.segment;

import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CasingTest {
    private static final String CASED = ("The mayor of Port Ellery said on Tuesday that the harbour would reopen. "
            + "Officials from the Coastguard agreed with her plan after a review by Marine Safety. ").repeat(3);

    @Test
    void newsTextIsCased() {
        assertThat(Casing.isCased(CASED)).isTrue();
    }

    @Test
    void aShortTextIsTooLittleEvidenceToCallLowerCased() {
        assertThat(Casing.isCased("so i think we will go back there next year")).isTrue();
    }

    @Test
    void lowerCasedTextIsNot() {
        assertThat(Casing.isCased(CASED.toLowerCase())).isFalse();
        String sentenceStartsOnly = ("The mayor of port ellery said on tuesday that the harbour would reopen. "
                + "Officials from the coastguard agreed with her plan after a review by marine safety. ").repeat(3);
        assertThat(Casing.isCased(sentenceStartsOnly)).isFalse();
    }

    @Test
    void capitalsEarlyOnDoNotDecideWhileTheRestCanOutweighThem() {
        // a cased headline, then a long lower-cased body: 5 capitals among ~700 words is under 1%
        String text = "Mayor Of Port Ellery Reopens Harbour today. "
                + "the mayor said on tuesday that the harbour would reopen next week after repairs. ".repeat(50);
        assertThat(Casing.isCased(text)).isFalse();
        assertThat(Casing.isCased(text.substring(0, 200))).isTrue();
    }

    @Test
    void lowerCasedArticlesKeepTheirSentences() {
        String text = ("the mayor said on tuesday that the harbour would reopen next week after repairs.\n"
                + "officials from the coastguard agreed with the plan after a long review of the quay.\n").repeat(3);
        Cluster c = new Cluster("c", List.of(Article.of("a", text)));
        ClusterText t = new OpenNlpSegmenter().segment(c, List.of(new CleanArticle(0, c.articles().get(0), text, List.of())));
        assertThat(t.size()).isEqualTo(6);
    }
}
