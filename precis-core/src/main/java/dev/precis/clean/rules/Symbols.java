package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;

/** Lines made mostly of digits, symbols or punctuation. */
public final class Symbols implements LineRule {
    @Override
    public String id() {
        return "symbols";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (line.letters() * 2 < line.visible()) return Optional.of("mostly digits or symbols, not prose");
        return Optional.empty();
    }
}
