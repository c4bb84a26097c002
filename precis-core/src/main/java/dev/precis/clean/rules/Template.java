package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;

/**
 * Short template lines found verbatim in two or more articles. Real sentences shared by wire
 * copy end like sentences and are long, so they are kept.
 */
public final class Template implements LineRule {
    @Override
    public String id() {
        return "template";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        int n = ctx.articlesWith(line);
        if (n >= 2 && (!line.terminal() || line.words() <= 4) && line.words() <= 15) {
            return Optional.of("the same short line appears in " + n + " articles (a page template)");
        }
        return Optional.empty();
    }
}
