package dev.precis.order;

import java.util.regex.Pattern;

/**
 * Sentences that may stand first in an article yet cannot open a news summary: the writer speaking
 * as "we" or "I" with no one quoted ("To our knowledge, no such analysis has been reported" opens a
 * paper's or a blog's argument, not a story), and a line that carries a reference marker ("...
 * approved the committee.[12]"), copied from an encyclopaedia or a paper mid-argument.
 */
final class NotALead {
    /**
     * The writer's first person; "I" only before a lower-case word and not after a capitalised one,
     * so a numeral ("World War I by a mine", "Elizabeth I was") is not it; "us" not after an article,
     * where lower-cased text writes the country ("a us study", "the us navy").
     */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|[Oo]urs|(?<!\\b(?:the|a|an)\\s)us|[Mm]y|me)\\b|(?<!\\p{Lu}\\p{L}{0,20}\\s)\\bI\\s+[a-z]");
    /** Quoted words, which are someone else's first person. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|‘[^’]*’");
    /** A verb that gives the first person a speaker ("we will rebuild, the mayor said"). */
    private static final Pattern SPEAKER = Pattern.compile("\\b(?:said|says|told|tells|wrote|writes|added|asked)\\b");
    /** A reference marker: a number in square brackets. */
    private static final Pattern REFERENCE = Pattern.compile("\\[\\d{1,3}\\]");

    private NotALead() {
    }

    /** Whether {@code sentence} is the writer's own first person or carries a reference marker. */
    static boolean in(String sentence) {
        if (REFERENCE.matcher(sentence).find()) return true;
        String unquoted = QUOTED.matcher(sentence).replaceAll(" ");
        return FIRST_PERSON.matcher(unquoted).find() && !SPEAKER.matcher(sentence).find();
    }
}
