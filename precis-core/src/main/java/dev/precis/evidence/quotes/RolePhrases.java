package dev.precis.evidence.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An unnamed speaker's role read up to the speech verb can take in the verbs before it: "the accountant from
 * PriceWaterhouseCoopers jumps up and says", "the statement goes on to say". The role is the words before that
 * chain of a verb, maybe a particle, and "and" or "to".
 */
final class RolePhrases {
    private static final Pattern VERB_CHAIN = Pattern.compile(
            "^(?<role>.+?)\\s+\\p{Ll}{2,}s(?:\\s+(?:on|up|out|off|back|over|around|in|down))?\\s+(?:and|to)$");

    private RolePhrases() {
    }

    /** The role without a trailing verb chain ("the statement goes on to" gives "the statement"); the role itself otherwise. */
    static String withoutVerbChain(String role) {
        Matcher m = VERB_CHAIN.matcher(role);
        return m.matches() ? m.group("role") : role;
    }
}
