package dev.precis.evidence.quotes;

import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * Whether the writer's words right after a quote attribute it in a form no attribution pattern could read: a speech
 * verb among the first words after it ("“...,” kirchick wrote on twitter", "“...,” burress of trinity church in
 * rochester told abc", "“...,” explained top celebrity stylist, phillip bloch": lower-cased text, whose names are not
 * capitalised). Such a quote is someone's own; it does not go on from an unnamed speaker (a description, a group, a
 * document) of a quote before it in the
 * paragraph ({@link UnnamedSpeakers#voiceOfSeveral}).
 */
final class OwnAttribution {
    /** A speech verb within 60 characters of the quote, in its sentence and before any other quote. */
    private static final Pattern VERB_AFTER = Pattern.compile("^\\s*[,]?\\s*(?:[^\"“”.!?]{0,60}?[\\s,])?" + SPEECH + "\\b");

    /**
     * A name, its appositive set off by commas, then the verb: "“...,” goodarz danaei, assistant professor of global health
     * at the harvard school of public health, wrote in an editorial" (the appositive puts the verb past 60 characters).
     */
    private static final Pattern APPOSITIVE_THEN_VERB = Pattern.compile("^\\s*[,]?\\s*[^\"“”.!?,]{2,40},[^\"“”.!?]{1,120}?,\\s+"
            + "(?:\\p{Ll}+ly\\s+)?" + SPEECH + "\\b");

    private OwnAttribution() {
    }

    /**
     * Whether {@code tail}, the words after the quote of the words {@code quoted}, holds its own attribution; not after
     * a quote closed by its own period, whose next words open the next sentence (and attribute the next quote).
     */
    static boolean follows(String quoted, String tail) {
        return !quoted.stripTrailing().endsWith(".")
                && (VERB_AFTER.matcher(tail).lookingAt() || APPOSITIVE_THEN_VERB.matcher(tail).lookingAt());
    }
}
