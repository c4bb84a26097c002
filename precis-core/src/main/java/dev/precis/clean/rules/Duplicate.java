package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;

/** A line repeated inside the same article (a duplicated headline or standfirst): keep the first. */
public final class Duplicate implements LineRule {
    @Override
    public String id() {
        return "duplicate";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        return ctx.repeatsEarlier(line) ? Optional.of("repeats an earlier line of this article") : Optional.empty();
    }
}
