package dev.precis.evidence.quotes;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person "according to" credits without a name, by an indefinite article and a noun for a source: "“...,” according
 * to a prominent GOP strategist here who spoke on background." The description is the speaker as written ({@link
 * AccordingTo} reads names and bodies, and leaves "according to a report" and other documents unattributed).
 */
final class UnnamedSources {
    /** Nouns for a person who speaks for others or from inside, and is often left unnamed. */
    private static final Set<String> SOURCES = Set.of("source", "official", "strategist", "operative", "insider", "aide",
            "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "analyst", "diplomat", "lawmaker", "staffer");
    /**
     * ", according to a Republican source.", ", according to a prominent GOP strategist here who ...": up to three
     * words before the noun, which closes the clause or goes on with where the source is or who they are.
     */
    private static final Pattern AFTER = Pattern.compile("^\\s*[,.]?\\s*according to\\s+(?<who>(?:a|an)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?(?<noun>\\p{Ll}+))"
            + "(?:\\s*(?:[,.;]|$)|\\s+(?:here|there|who|with|at|in|on|close|familiar|involved)\\b)");

    private UnnamedSources() {
    }

    /** The unnamed source "according to" gives right after the quote ("a Republican source"); null when none. */
    static String after(String tail) {
        Matcher m = AFTER.matcher(tail);
        return m.find() && SOURCES.contains(m.group("noun")) ? m.group("who") : null;
    }
}
