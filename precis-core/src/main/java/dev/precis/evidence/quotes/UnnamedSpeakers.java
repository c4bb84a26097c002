package dev.precis.evidence.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * A speaker the writer singles out without naming: "one juror told the judge", "said one visibly shaken firefighter
 * after helping ...", "as one local reporter described it", "Another prospective juror stood up and said, “", "someone
 * asks, “". "One" and "another" pick one person out of several the text never names, so the description is the
 * speaker as written ("one juror"), never a person named before it (unlike "the producer added", {@link Descriptions}).
 */
final class UnnamedSpeakers {
    /** "one juror", "another prospective juror", "one of the show minders", "someone": up to four lower-case words. */
    private static final String WHO = "(?<who>(?:[Oo]ne|[Aa]nother)(?:\\s+of\\s+the)?(?:\\s+\\p{Ll}[\\p{Ll}'’-]*){1,4}?|[Ss]omeone|[Ss]omebody)";
    /** The speech verbs, and those that are also nouns ("remarks") or give words as a description ("described it"): after "one ..." they are verbs. */
    private static final String VERB = "(?:" + SPEECH + "|remarks|quips|jokes|described)\\b";
    /** "," one juror told the judge", "," as one local reporter described it": the description, then its verb. */
    private static final Pattern AFTER = Pattern.compile("^\\s*[,.]?\\s*(?:as\\s+)?" + WHO + "\\s+(?:\\p{Ll}+ly\\s+)?" + VERB);
    /**
     * "," said one visibly shaken firefighter after helping ...": the verb, then the description up to the words that
     * tell when or where it was said (a description closing the sentence is {@link Speakers}' own).
     */
    private static final Pattern AFTER_VERB = Pattern.compile("^\\s*[,.]?\\s*(?<verb>" + SPEECH + ")\\s+" + WHO
            + "\\s+(?:after|when|while|before|during|outside|inside|at|in|on|from|to|as)\\b");
    /**
     * "Another prospective juror stood up and said, “", "As one pastor told me: “", "one of the show minders remarks, “": the
     * description opens the sentence or a clause, or follows the quote before ("“...” one post acknowledged, “"), and its verb, maybe after "stood up and", runs into the quote.
     */
    private static final Pattern BEFORE = Pattern.compile("(?:^\\s*|[,:;\"”]\\s+|\\b[Aa]s\\s+)" + WHO
            + "\\s+(?:\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+and\\s+)?(?:\\p{Ll}+ly\\s+)?" + VERB + "[^\"“”.!?]{0,60}$");

    /** "Says one family friend: “": the verb opening the sentence or a clause, then the description, running into the quote. */
    private static final Pattern VERB_FIRST_BEFORE = Pattern.compile("(?:^\\s*|,\\s+)(?<verb>(?i:" + SPEECH + "))\\s+" + WHO + "\\s*[:,]\\s*$");
    /** "Katie ...": a quote trailing off in an ellipsis stops short, so the writer's sentence goes on after it. */
    private static final Pattern ELLIPSIS = Pattern.compile("(?:\\.\\s?\\.\\s?\\.|…)$");

    private UnnamedSpeakers() {
    }

    /**
     * The unnamed speaker in the writer's words after a quote ({@code tail}) of the words {@code quoted}; null when none.
     * Tried before {@link Speakers}' forms after a quote: a role closing the sentence there ("said one of the parents.")
     * would run on past the words telling when it was said.
     */
    static String after(String quoted, String tail) {
        // "... his book. " another source said, "...": a quote closed by its own period ends its sentence, and the
        // description after it opens the next one (lower-cased text shows no capital there)
        if (quoted.stripTrailing().endsWith(".") && !ELLIPSIS.matcher(quoted.stripTrailing()).find()) return null;
        Matcher m = AFTER.matcher(tail);
        if (m.find()) return Speakers.lowerFirst(m.group("who"));
        m = AFTER_VERB.matcher(tail);
        // "told one reporter after the game": whom the words were said to
        return m.find() && !Speakers.TO_LISTENER.contains(m.group("verb")) ? Speakers.lowerFirst(m.group("who")) : null;
    }

    /** The unnamed speaker in the writer's words before a quote, in its sentence ({@code head}); null when none. */
    static String before(String head) {
        Matcher m = BEFORE.matcher(head);
        if (m.find()) return Speakers.lowerFirst(m.group("who"));
        m = VERB_FIRST_BEFORE.matcher(head);
        // "told one reporter:": whom the words were said to
        return m.find() && !Speakers.TO_LISTENER.contains(m.group("verb").toLowerCase(java.util.Locale.ROOT)) ? Speakers.lowerFirst(m.group("who")) : null;
    }

    /** Whether {@code speaker} is a description rather than a name: whom "he" or "she" cannot stand for. */
    static boolean describes(String speaker) {
        String first = speaker.split(" ", 2)[0];
        return first.equals("the") || first.equals("a") || first.equals("an") || singledOut(speaker) || GroupSpeakers.isGroup(speaker);
    }

    /**
     * Whether {@code speaker} is one of several voices a paragraph may hold: one unnamed person out of several ("one juror"),
     * a group as written ("police", {@link GroupSpeakers}) or a document ("the report", {@link DocumentSpeakers}). A later
     * quote with an attribution of its own the patterns cannot read ({@link OwnAttribution}) is not theirs: the next voice is
     * as likely another one ("“...,” the report states. “...,” said kyle knight").
     */
    static boolean voiceOfSeveral(String speaker) {
        return singledOut(speaker) || GroupSpeakers.isWritten(speaker) || DocumentSpeakers.isDocument(speaker);
    }

    /**
     * Whether {@code speaker} is one this class gives: one unnamed person out of several ("one juror", "someone").
     */
    static boolean singledOut(String speaker) {
        String first = speaker.split(" ", 2)[0];
        return first.equals("one") || first.equals("another") || first.equals("someone") || first.equals("somebody");
    }
}
