package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;
import dev.precis.clean.RuleText;

import java.util.Optional;

/**
 * Captions: a line ending with a bracketed credit of capitalised words ("... [AFP]",
 * "(Reuters)", "[Jane Roe/Agency]"), and the unpunctuated line just before such a caption.
 */
public final class Caption implements LineRule {
    @Override
    public String id() {
        return "caption";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (RuleText.endsWithCredit(line.text())) return Optional.of("a photo caption ending with a credit");
        Line next = ctx.next(line);
        if (!line.terminal() && next != null && RuleText.endsWithCredit(next.text()) && !next.terminal()) {
            return Optional.of("a photo caption (the line before a credited caption)");
        }
        return Optional.empty();
    }
}
