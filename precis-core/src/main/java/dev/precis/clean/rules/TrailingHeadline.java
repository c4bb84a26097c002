package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;

/** Unpunctuated lines after the story's last paragraph: related-article headlines, footers. */
public final class TrailingHeadline implements LineRule {
    @Override
    public String id() {
        return "related-headline";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (line.index() > ctx.lastBody(line.article()) && !line.terminal() && line.words() <= 25) {
            return Optional.of("after the story ends (a related-article headline or footer)");
        }
        return Optional.empty();
    }
}
