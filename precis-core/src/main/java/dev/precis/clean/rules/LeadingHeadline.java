package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;

/** Unpunctuated lines before the story's first paragraph: the headline, kicker, labels. */
public final class LeadingHeadline implements LineRule {
    @Override
    public String id() {
        return "headline";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (line.index() < ctx.firstBody(line.article()) && !line.terminal() && line.words() <= 25) {
            return Optional.of("before the story starts (the headline or a label)");
        }
        return Optional.empty();
    }
}
