package dev.precis.select;

import java.util.regex.Pattern;

/**
 * A sentence that refers back past its opening word, where {@link Leaning}'s opening checks do not
 * look: "these" and a noun in its first words ("Extrapolating from these cases, ...", "The
 * researchers found these cancer cases ..."), or a personal pronoun in a sentence that names no one
 * and introduces no one before it ("For 27 years, no one knew who she was"), or "this" standing for a
 * whole clause ("The team realized this, and built ..."), or "both" and a noun after a preposition
 * ("Members from both parties ..."), or a scene of a recording ("A council member is heard swearing").
 * Each counts on the
 * sentence before it for what "these cases" or "she" are ({@link Leaning.Kind#PREVIOUS}). The pronoun
 * is judged only in an article that keeps its capitals ({@link dev.precis.lexicon.Capitals#insideSentences}): lower-cased
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

    /**
     * "both" and a noun after a preposition ("Members from both parties are expected ...", "in both
     * cases"): the two are things told before. Not a pair the sentence gives itself ("from both the
     * hospital and the school", "both men and women", "Jefferson Airplane and Jefferson Starship, whose
     * voice defined both groups' songs") nor one a phrase with "of" sets ("on both sides of the border",
     * "on both of that band's singles, 'Miracles' and 'Count on Me'").
     */
    private static final Pattern BOTH_TOLD_BEFORE = Pattern.compile(
            "^(?:(?!\\band\\b).)*?\\b(?:of|from|in|on|for|by|with|to|at|between|among|across)\\s+both\\s+(?!of\\b)[a-z][a-z'’-]*+(?!\\s+of\\b)(?!(?:\\s+\\S+){0,4}?\\s+and\\b)");

    /**
     * "it" or "them" as the object of the sentence's first verb, before a preposition or the end ("Seoul's
     * administration approved it after months of debate"): only the subject comes before it, and a
     * subject is not its own object, so the thing is one told before. Not after a word that could hold
     * it ("The man who bought the car sold it in May"), and not as the subject of a clause ("says it will").
     */
    private static final Pattern OBJECT_OF_FIRST_VERB = Pattern.compile(
            "^(?:(?!\\b(?:who|which|that|and|or|but|when|after|before|if|while|because)\\b)[^,;:\"“”(])*?\\s[a-z]+(?:ed|es|s)\\s+(?:it|them)"
                    + "(?=\\s+(?:after|before|in|on|at|for|with|as|from|by|during|over|under|into|last|this|again|until)\\b|[.!]?$)");

    /**
     * Something "is heard" or "can be seen" in the present tense ("A council member is heard swearing,
     * then someone yells ..."): the sentence tells what a recording shows, and the recording is told
     * of before it. Not when the sentence names the recording itself ("In the video, a man is seen ...").
     */
    private static final Pattern RECORDED_SCENE = Pattern.compile("\\b(?:is|are|can be|can also be)\\s+(?:heard|seen)\\b(?!\\s+(?:as|to be)\\b)");
    private static final Pattern RECORDING = Pattern.compile("(?i)\\b(?:video|footage|clip|recording|audio|tape|film|image|photo|photograph|picture|camera|livestream|broadcast|trailer|scene)s?\\b");

    private ReferenceBack() {
    }

    /** Whether {@code t} (outside its quotations) tells what an unnamed recording shows ({@link #RECORDED_SCENE}). */
    static boolean recordedScene(String t) {
        return (t.contains(" heard") || t.contains(" seen")) && RECORDED_SCENE.matcher(t).find() && !RECORDING.matcher(t).find();
    }

    /** Whether {@code t} (outside its quotations) has "it"/"them" as its first verb's object ({@link #OBJECT_OF_FIRST_VERB}). */
    static boolean objectOfFirstVerb(String t) {
        return (t.contains(" it") || t.contains(" them")) && OBJECT_OF_FIRST_VERB.matcher(t).find();
    }

    /** Whether {@code t} (outside its quotations) has "both" and a noun that point back ({@link #BOTH_TOLD_BEFORE}). */
    static boolean bothToldBefore(String t) {
        return t.contains("both ") && BOTH_TOLD_BEFORE.matcher(t).find();
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
