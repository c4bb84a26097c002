package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;

/** Cased text with no lower-case letters: labels, shouted headings. */
public final class NoLowercase implements LineRule {
    @Override
    public String id() {
        return "no-lowercase";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (line.lower() == 0 && line.upper() >= 2 && line.upper() * 2 >= line.letters()) {
            return Optional.of("no lower-case letters (a label or shouted heading)");
        }
        return Optional.empty();
    }
}
