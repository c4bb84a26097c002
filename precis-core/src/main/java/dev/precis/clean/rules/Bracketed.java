package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;

/** A whole line in square brackets: an inline link to another story, or an editor's note. */
public final class Bracketed implements LineRule {
    @Override
    public String id() {
        return "bracketed";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        String t = line.text();
        if (t.length() >= 3 && t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']' && t.indexOf(']') == t.length() - 1) {
            return Optional.of("a bracketed link or editor's note");
        }
        return Optional.empty();
    }
}
