package dev.precis.clean;

import dev.precis.clean.rules.Rules;

import java.util.Optional;

/**
 * One cleaning stage: decides whether a whole line is debris. Rules are small and do one thing;
 * {@link RuleCleaner} runs them in order and the first that answers wins.
 */
public interface LineRule {
    /** Short kebab-case id shown in explanations ("ui-line", "caption"). */
    String id();

    /** A readable reason when the line is debris, else empty. */
    Optional<String> why(Line line, ClusterContext ctx);
}
