package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;
import java.util.regex.Pattern;

/** Headings set off by dashes or stars: "- Rebel neighborhoods -", "*** Update ***". */
public final class DecoratedHeading implements LineRule {
    private static final Pattern P = Pattern.compile("^[-–—*=#•~]+\\s*.{1,80}?\\s*[-–—*=#•~]+$");

    @Override
    public String id() {
        return "sub-heading";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        return line.words() <= 12 && P.matcher(line.text()).matches()
                ? Optional.of("a decorated section heading") : Optional.empty();
    }
}
