package dev.precis.segment;

import dev.precis.model.Drop;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short noun phrase standing as a sentence that takes up a noun of the sentence before it and
 * goes on with a relative clause ("You were failed by a culture on our campuses ... . A culture
 * that promotes passivity."): a rhetorical restatement with no verb of its own, which says nothing
 * without the sentence it restates. A sentence with a verb after the clause ("The homes that are
 * left behind will get demolished.") does not take up the noun before it, so it is not one.
 */
final class Restatement {
    /** Longest restatement in words; past this a clause with its own main verb is likely. */
    static final int MAX_WORDS = 8;
    private static final Pattern NOUN_THEN_CLAUSE = Pattern.compile("^(?:A|An|The)\\s+(\\p{Ll}[\\p{L}-]*)\\s+(?:that|which|who|whom|where)\\s");

    private Restatement() {
    }

    /** Why {@code s} is a restatement of a noun in {@code previous} (the sentence before it), or null. */
    static Drop why(String s, int words, String previous) {
        if (previous == null || words > MAX_WORDS) return null;
        Matcher m = NOUN_THEN_CLAUSE.matcher(s);
        if (!m.lookingAt()) return null;
        String noun = m.group(1);
        if (!Pattern.compile("\\b" + Pattern.quote(noun) + "\\b").matcher(previous.toLowerCase(Locale.ROOT)).find()) return null;
        return new Drop(s, "sentence-restatement", "a verbless phrase taking up \"" + noun + "\" from the sentence before");
    }
}
