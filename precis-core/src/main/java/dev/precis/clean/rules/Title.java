package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;

/** The article's own title repeated in its body. */
public final class Title implements LineRule {
    @Override
    public String id() {
        return "title";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        String t = ctx.titleKey(line.article());
        if (!t.isEmpty() && t.equals(line.key()) && !ClusterContext.isBody(line)) {
            return Optional.of("repeats the article's title");
        }
        return Optional.empty();
    }
}
