package dev.precis.clean.rules;

import java.util.regex.Pattern;

/** The present-tense verbs with which a caption says what its picture shows ("... holds the trophy"). */
final class CaptionVerbs {
    /** The verbs as one regex group, for patterns that add context around them. */
    static final String ALTERNATIVES = "(?:speaks|holds|poses|shakes|walks|arrives|waves|listens|gestures|stands|looks|sits|talks"
            + "|greets|reacts|attends|watches|addresses|campaigns|celebrates|hugs|prays|carries|cheers|marches|protests|wait|waits"
            + "|gather|gathers|line up|lines up)";
    /**
     * The same verbs for a plural subject ("Guards stand by the gate"), without the alternatives'
     * group: too common in stories to mark a caption alone, so only a pattern that also wants a
     * caption's full date uses them.
     */
    static final String PLURAL = "speak|hold|pose|shake|walk|arrive|wave|listen|gesture|stand|look|sit|talk"
            + "|greet|react|attend|watch|address|celebrate|hug|pray|carry|cheer|march|protest";
    /** One of the verbs as a word. */
    static final Pattern PRESENT = Pattern.compile("\\b" + ALTERNATIVES + "\\b");

    private CaptionVerbs() {
    }
}
