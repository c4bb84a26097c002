package dev.precis.evidence.quotes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * "Advisers in Denver have requested top surrogates ... “...,” one said.": a bare "one" credits one member of a group
 * the paragraph has just brought in, never the person a sentence before names ("not Sens. Ann Lee or Tom Reeve").
 * The speaker is "one of the advisers in Denver" when a sentence of the paragraph opens on such a group, else nobody
 * named.
 */
final class OneOfGroup {
    /** ", one said", ", one added.": "one" alone as the subject of a verb of speech right after the quote. */
    private static final Pattern ONE = Pattern.compile("^\\W{0,3}one\\s+(?:\\p{Ll}+ly\\s+)?" + SPEECH + "\\b");
    /** "Advisers in Denver have": a sentence opening on a plural noun, maybe with its place, and a verb. */
    private static final Pattern GROUP = Pattern.compile(
            "(?:^|[.!?]\\s+)(?<group>\\p{Lu}\\p{Ll}+s(?:\\s+(?:in|at|of|for|from)\\s+\\p{Lu}\\p{L}+)?)\\s+(?:have|had|are|were|say|said)\\b");

    private OneOfGroup() {
    }

    /**
     * The speaker of a quote credited to a bare "one" ({@code tail}, the words after it), from the group the paragraph's
     * words before it ({@code paragraph}) open a sentence on: "one of the advisers in Denver"; "" when none; null when
     * the credit is no bare "one".
     */
    static String speaker(String tail, String paragraph) {
        if (!ONE.matcher(tail).find()) return null;
        Matcher m = GROUP.matcher(paragraph);
        String group = null;
        while (m.find()) group = m.group("group");
        if (group == null) return "";
        return "one of the " + Character.toLowerCase(group.charAt(0)) + group.substring(1);
    }
}
