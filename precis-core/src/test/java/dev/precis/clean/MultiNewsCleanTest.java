package dev.precis.clean;

import dev.precis.clean.rules.Rules;

import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real Multi-News validation clusters: notices contribute nothing, stories survive, cleaning is cheap. */
class MultiNewsCleanTest {
    private static final List<Cluster> clusters = new ArrayList<>();

    @BeforeAll
    static void read() {
        for (ClusterInput in : Sources.readAll(Shared.require("data/multinews/val-raw.jsonl"))) {
            assertThat(in.error()).isNull();
            clusters.add(in.cluster());
        }
    }

    private static boolean isCrawlerNotice(Article a) {
        return a.text().startsWith("These crawls are part of an effort to archive pages")
                || a.text().startsWith("Starting in 1996, Alexa Internet has been donating their crawl data");
    }

    @Test
    void crawlerNoticeArticlesContributeNothing() {
        int notices = 0;
        RuleCleaner cleaner = Rules.cleaner();
        for (Cluster c : clusters) {
            if (c.articles().stream().noneMatch(MultiNewsCleanTest::isCrawlerNotice)) continue;
            List<CleanArticle> out = cleaner.clean(c);
            for (CleanArticle a : out) {
                if (isCrawlerNotice(a.source())) {
                    notices++;
                    assertThat(a.text()).as("%s article %s", c.id(), a.id()).isEmpty();
                    assertThat(a.drops()).allSatisfy(d -> assertThat(d.rule()).isEqualTo("notice"));
                }
            }
            // the real stories of the same cluster keep their text
            assertThat(out.stream().filter(a -> !isCrawlerNotice(a.source()) && a.source().text().length() > 2000))
                    .allSatisfy(a -> assertThat(a.text().length()).as("%s %s", c.id(), a.id())
                            .isGreaterThan(a.source().text().length() / 2));
        }
        assertThat(notices).isGreaterThanOrEqualTo(20);
    }

    @Test
    void mostTextOfRealArticlesIsKept() {
        long raw = 0, kept = 0;
        RuleCleaner cleaner = Rules.cleaner();
        for (Cluster c : clusters) {
            for (CleanArticle a : cleaner.clean(c)) {
                raw += a.source().text().length();
                kept += a.text().length();
            }
        }
        assertThat((double) kept / raw).isGreaterThan(0.85);
    }
}
