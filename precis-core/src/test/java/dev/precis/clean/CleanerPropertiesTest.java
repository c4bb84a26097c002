package dev.precis.clean;

import dev.precis.clean.rules.Rules;

import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.Drop;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the text, cleaning never fails, and kept plus dropped text accounts for every line. */
class CleanerPropertiesTest {
    @Provide
    Arbitrary<List<String>> articles() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(120),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("Share", "Advertisement", "By Jane Doe", "News | World | Sport", "23 September, 2016",
                        "The council approved the budget on Monday after a long debate.", "\"We are ready,\" she said.",
                        "NEW YORK (AP) — Officials said the storm had passed by Tuesday morning.", "", " ", "NEWLINE_CHAR",
                        "Photo: Jane Doe", "These crawls are part of an effort to archive pages as they are created."));
        return line.list().ofMaxSize(30).map(ls -> String.join("\n", ls)).list().ofMinSize(1).ofMaxSize(4);
    }

    /** Whitespace, including the line breaks the cleaner splits on (NEL, LS, PS), other Unicode spaces the cleaner strips, and the zero-width space: all that {@code \\s} misses. */
    private static final String SPACE = "[\\s\\p{javaWhitespace}\\u0085\\u200B]+";

    @Property(tries = 300)
    void neverFailsAndAccountsForEveryLine(@ForAll("articles") List<String> texts) {
        List<Article> arts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) arts.add(Article.of(String.valueOf(i + 1), texts.get(i)));
        Cluster c = new Cluster("p", arts);
        List<CleanArticle> out = Rules.cleaner().clean(c);
        assertThat(out).hasSize(arts.size());
        for (int i = 0; i < out.size(); i++) {
            CleanArticle a = out.get(i);
            assertThat(a.index()).isEqualTo(i);
            assertThat(a.text()).doesNotStartWith("\n").doesNotEndWith("\n").doesNotContain("\n\n").doesNotContain("NEWLINE_CHAR");
            String raw = texts.get(i).replace('\u00A0', ' ');
            String squashed = raw.replaceAll(SPACE, "");
            for (String kept : a.text().split("\n")) {
                assertThat(squashed).contains(kept.replaceAll(SPACE, ""));
            }
            for (Drop d : a.drops()) {
                assertThat(d.rule()).matches("[a-z]+(-[a-z]+)*");
                assertThat(squashed).contains(d.text().replaceAll(SPACE, ""));
            }
        }
    }
}
