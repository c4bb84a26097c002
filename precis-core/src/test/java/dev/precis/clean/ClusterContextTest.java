package dev.precis.clean;

import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.parallel.Workers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterContextTest {
    private static ClusterContext context(int articles) {
        List<Article> as = new ArrayList<>();
        List<List<Line>> lines = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            as.add(new Article("a" + a, "Title " + a, null, null, null, "Line one of " + a + ".\nLine two."));
            lines.add(List.of(Line.of(a, 0, "Line one of " + a + "."), Line.of(a, 1, "Line two.")));
        }
        return new ClusterContext(new Cluster("c", as), lines);
    }

    @Test
    void anArticlesValueIsComputedOnceAndKeptApartFromTheOtherArticles() {
        ClusterContext ctx = context(3);
        AtomicInteger computed = new AtomicInteger();
        for (int round = 0; round < 2; round++) {
            for (int a = 0; a < 3; a++) {
                int article = a;
                int words = ctx.memo("words", a, () -> {
                    computed.incrementAndGet();
                    return ctx.lines(article).stream().mapToInt(Line::words).sum() + article;
                });
                assertThat(words).isEqualTo(6 + a);
            }
        }
        assertThat(computed).hasValue(3);
        assertThat(ctx.memo("words", () -> -1)).as("a cluster-wide value is another key").isEqualTo(-1);
    }

    @Test
    void threadsJudgingArticlesSideBySideAllSeeOneValue() {
        ClusterContext ctx = context(40);
        List<Integer> articles = new ArrayList<>();
        for (int i = 0; i < 400; i++) articles.add(i % 40);
        List<Object> seen = Workers.map(articles, true, a -> ctx.memo("value", a, () -> new Object()));
        for (int i = 0; i < seen.size(); i++) assertThat(seen.get(i)).isSameAs(seen.get(i % 40));
        List<Object> shared = Workers.map(articles, true, a -> ctx.memo("shared", Object::new));
        assertThat(shared).allMatch(o -> o == shared.get(0));
    }
}
