package dev.precis.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.Precis;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainedJsonTest {
    @Test
    void eachArticleListsWhatTheCleanerRemovedBesideTheUsualFields() {
        String a = "Share this article\nA fire broke out at the harbour on Monday night, officials said.\n"
                + "Firefighters worked through the night to contain the blaze near the docks.";
        String b = "A fire broke out at the harbour on Monday, destroying a warehouse.\n"
                + "Officials said no one was hurt in the blaze.";
        Summary s = Precis.summarize(new Cluster("fire", List.of(Article.of("a", a), Article.of("b", b))));
        JsonNode tree = ExplainedJson.tree(s);
        JsonNode plain = JsonRenderer.tree(s);
        assertThat(tree.get("sentences")).isEqualTo(plain.get("sentences"));
        JsonNode dropped = tree.get("articles").get(0).get("dropped");
        assertThat(dropped.size()).isEqualTo(s.articles().get(0).drops().size()).isPositive();
        assertThat(dropped.get(0).get("text").asText()).isEqualTo("Share this article");
        assertThat(plain.get("articles").get(0).has("dropped")).isFalse();
    }
}
