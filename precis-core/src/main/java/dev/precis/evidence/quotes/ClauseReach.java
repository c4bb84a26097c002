package dev.precis.evidence.quotes;

import java.util.regex.Pattern;

/**
 * Whether the subject opening a sentence is still the one speaking at the participle or colon that ends the
 * words before a quote ("Ana Costa waved to the crowd, saying:"). Not past a clause with a subject of its own
 * ("The studio has agreed to cut the joke, but the actor thinks it should stay, saying:": in lower-cased text
 * the second subject is no capitalised name, and the first would be taken), and not when the opening name only
 * owns the subject ("Lind's deputy, who ..., said ..., adding:": the deputy speaks, not Lind; a role holder
 * named after it is taken by {@link RoleHolders} before this is asked).
 */
final class ClauseReach {
    /** A conjunction or semicolon that opens a clause of its own. */
    private static final Pattern NEW_CLAUSE = Pattern.compile(";|\\b(?:but|yet|whereas|although|though)\\b");
    /** An aside in parentheses ("the man credited with the telephone (though some dispute it), can be heard ..."): no clause of the sentence's. */
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");

    private ClauseReach() {
    }

    /** Whether {@code subject}, as written where it opens {@code head}, is the subject at the end of {@code head}. */
    static boolean reaches(String head, String subject) {
        if (subject.endsWith("'s") || subject.endsWith("’s")) return false;
        int at = head.indexOf(subject);
        if (at < 0) return true;
        String rest = ASIDE.matcher(head.substring(at + subject.length())).replaceAll(" ");
        return !NEW_CLAUSE.matcher(rest).find();
    }
}
