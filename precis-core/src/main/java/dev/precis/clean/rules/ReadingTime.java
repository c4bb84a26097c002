package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;
import java.util.regex.Pattern;

/** "3 min read", "5 minutes reading time". */
public final class ReadingTime implements LineRule {
    private static final Pattern P = Pattern.compile("(?i)^\\d+\\s*(?:-\\s*)?(?:min|mins|minutes?)\\.?(?:\\s+read(?:ing)?(?:\\s+time)?)?$");

    @Override
    public String id() {
        return "reading-time";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        return P.matcher(line.text()).matches() ? Optional.of("a reading-time label") : Optional.empty();
    }
}
