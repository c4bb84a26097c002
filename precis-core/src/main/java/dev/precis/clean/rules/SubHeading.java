package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;
import java.util.regex.Pattern;

/** Short unpunctuated lines inside the body: sub-headings, labels, pull quotes. */
public final class SubHeading implements LineRule {
    static final int MAX_WORDS = 12;
    /** A sentence end inside the line: prose that merely lost its final full stop. */
    private static final Pattern INNER_SENTENCE = Pattern.compile("\\p{Ll}[.!?][\"”’]?\\s+[\"“‘]?\\p{Lu}");

    @Override
    public String id() {
        return "sub-heading";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        if (!line.terminal() && line.words() <= MAX_WORDS
                && !(line.words() >= 6 && INNER_SENTENCE.matcher(line.text()).find())) {
            return Optional.of("a short line without sentence punctuation (a sub-heading or label)");
        }
        return Optional.empty();
    }
}
