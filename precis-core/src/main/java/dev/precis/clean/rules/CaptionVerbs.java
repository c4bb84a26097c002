package dev.precis.clean.rules;

import java.util.regex.Pattern;

/** The present-tense verbs with which a caption says what its picture shows ("... holds the trophy"). */
final class CaptionVerbs {
    /** The verbs as one regex group, for patterns that add context around them. */
    static final String ALTERNATIVES = "(?:speaks|holds|poses|shakes|walks|arrives|waves|listens|gestures|stands|looks|sits|talks"
            + "|greets|reacts|attends|watches|addresses|campaigns|celebrates|hugs|prays|carries|cheers|marches|protests|wait|waits"
            + "|gather|gathers|line up|lines up)";
    /** One of the verbs as a word. */
    static final Pattern PRESENT = Pattern.compile("\\b" + ALTERNATIVES + "\\b");

    private CaptionVerbs() {
    }
}
