package dev.precis.evidence;

import dev.precis.model.Article;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;
import dev.precis.model.Drop;
import dev.precis.segment.OpenNlpSegmenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test-only helpers: a tiny stand-in for the real cleaner (keeps lines of at least six words, records
 * the others as drops) and cluster builders.
 */
final class Fixtures {
    static final OpenNlpSegmenter SEGMENTER = new OpenNlpSegmenter();

    private Fixtures() {
    }

    static Path aleppoDir() {
        return Path.of(System.getProperty("precis.root", ".."), "..", "shared", "examples", "aleppo-truce");
    }

    static ClusterText aleppo() throws IOException {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(aleppoDir())) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.txt$", "");
                articles.add(new Article(name, "", "", null, "", Files.readString(p)));
            }
        }
        return build(new Cluster("aleppo-truce", articles));
    }

    /** Keeps lines with at least six words; every other non-blank line becomes a drop. */
    static CleanArticle clean(int index, Article a) {
        StringBuilder kept = new StringBuilder();
        List<Drop> drops = new ArrayList<>();
        for (String line : a.text().split("\r?\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (t.split("\\s+").length < 6) {
                drops.add(new Drop(t, "short-line", "fewer than six words"));
                continue;
            }
            if (kept.length() > 0) kept.append('\n');
            kept.append(t);
        }
        return new CleanArticle(index, a, kept.toString(), drops);
    }

    static ClusterText build(Cluster cluster) {
        List<CleanArticle> clean = new ArrayList<>();
        for (Article a : cluster.articles()) clean.add(clean(clean.size(), a));
        return SEGMENTER.segment(cluster, clean);
    }

    static ClusterText of(String... texts) {
        List<Article> arts = new ArrayList<>();
        for (String t : texts) arts.add(Article.of("d" + (arts.size() + 1), t));
        return build(new Cluster("c", arts));
    }

    static Article dated(String id, LocalDate date, String text) {
        return new Article(id, "", "", date, "", text);
    }
}
