package dev.precis.select;

import java.util.regex.Pattern;

/**
 * A sentence whose substance is in the sentence before it, though nothing at its start points back:
 * a report that tells who was told but not what ("The coach told his players in the locker room just
 * before the anthem started."), or a quotation whose speaker is only "another" someone ("...,"
 * another council member said."). Read alone, the first leaves out the news and the second counts on
 * a first speaker the reader never met; each reads well only right after the sentence it continues
 * ({@link Leaning.Kind#PREVIOUS}).
 *
 * <p>A scene only heard or seen ("A council member is heard swearing") leans on the recording told
 * of before it too, but passing it over brought in worse sentences on the labelled summaries (a
 * speaker "another council member" and "the video" never introduced), so it is left alone.
 */
final class ContentElsewhere {
    /**
     * "told" and whom (a pronoun, or a possessive or "the" and a noun, or "reporters"), then only when
     * or where: a preposition or time word, or the sentence's end. What was told would follow "told X"
     * as "that ...", "to ...", "about ...", a colon or a quotation, which this leaves out.
     */
    private static final Pattern TOLD_WHOM_ONLY = Pattern.compile(
            "\\btold\\s+(?:him|her|them|us|me|reporters|(?:his|her|their|its|the)\\s+[a-z]+)"
                    + "(?:\\s+(?:in|at|on|before|after|during|just|when|while|as|last|this|early|late|shortly|later|earlier)\\b(?:(?!\\b(?:that|to|about|what|how|why|whether)\\b)[^:;])*)?[.!]?$");
    /**
     * A quotation's speaker given only as "another" someone (", another council member said", "said
     * another witness"): it counts on a first one told of before, and what the quotation answers.
     */
    private static final Pattern ANOTHER_SPEAKER = Pattern.compile(
            "[,”\"’]\\s*another\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:said|says|added|adds|told|tells|wrote|writes)\\b"
                    + "|\\b(?:said|says|added|adds)\\s+another\\s+[a-z]");

    private ContentElsewhere() {
    }

    /** Whether sentence {@code t} (stripped) leaves its substance to the sentence before it. */
    static boolean in(String t) {
        // Plain searches turn most sentences away before a regex runs.
        if (t.contains("another ") && ANOTHER_SPEAKER.matcher(t).find()) return true;
        // A comma before "told" sets off what was told ("The talks failed, the minister told reporters.").
        int told = t.indexOf("told ");
        return told > 0 && t.lastIndexOf(',', told) < 0 && !QuoteMarks.hasQuoteMark(t) && TOLD_WHOM_ONLY.matcher(t).find();
    }
}
