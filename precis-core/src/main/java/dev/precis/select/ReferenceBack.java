package dev.precis.select;

import java.util.regex.Pattern;

/**
 * A sentence that refers back past its opening word, where {@link Leaning}'s opening checks do not
 * look: "these" and a noun in its first words ("Extrapolating from these cases, ...", "The
 * researchers found these cancer cases ..."), or a personal pronoun in a sentence that names no one
 * and introduces no one before it ("For 27 years, no one knew who she was"), or "this" standing for a
 * whole clause ("The team realized this, and built ..."). Each counts on the
 * sentence before it for what "these cases" or "she" are ({@link Leaning.Kind#PREVIOUS}). The pronoun
 * is judged only in an article that keeps its capitals ({@link CountedDefinite#cased}): lower-cased
 * text names no one that the check could see.
 */
final class ReferenceBack {
    /**
     * "these" as the second to fifth word, then a lower-case word that is not a time word ("these
     * days"): a demonstrative noun phrase, which points at something told before.
     */
    private static final Pattern THESE_EARLY = Pattern.compile(
            "^(?:\\S+\\s+){1,4}?these\\s+(?!(?:days|times|years|months|weeks|past|last|next|kinds?|sorts?|types?)\\b)[a-z]");
    /** A third-person personal pronoun, which needs a person told of. */
    private static final Pattern PERSONAL = Pattern.compile("\\b(?:she|he|her|him|his|hers)\\b");
    /** A capitalised word after the first (a name, which the pronoun may stand for). */
    private static final Pattern LATER_CAPITAL = Pattern.compile("\\s[\"“‘(]?\\p{Lu}");
    /** An indefinite or counted noun phrase ("a woman", "an officer"), which introduces the pronoun's person. */
    private static final Pattern INTRODUCES = Pattern.compile("(?i)(?:^|\\s)(?:a|an)\\s+[a-z]");

    /**
     * "this" standing alone, before a comma, a full stop or the sentence's end ("The team realized
     * this, and built ..."): a demonstrative pronoun, not a determiner, so it stands for something
     * told before.
     */
    private static final Pattern THIS_ALONE = Pattern.compile("\\s[Tt]his(?:[,;.!?]|\\s*$)");

    private ReferenceBack() {
    }

    /** Whether sentence {@code t} (stripped, not opening a quotation) has "these" and a noun in its first words. */
    static boolean theseEarly(String t) {
        return t.contains("these ") && THESE_EARLY.matcher(t).find();
    }

    /** Whether {@code t} (outside its quotations) uses "this" as a pronoun after its first word. */
    static boolean thisAlone(String t) {
        return t.contains("his") && THIS_ALONE.matcher(t).find();
    }

    /** A he/she/her/him/his in a sentence with no name after its first word and no "a"/"an" noun before the pronoun. */
    static boolean pronounWithoutPerson(String t) {
        var m = PERSONAL.matcher(t);
        if (!m.find() || LATER_CAPITAL.matcher(t).find()) return false;
        return !INTRODUCES.matcher(t.substring(0, m.start())).find();
    }
}
