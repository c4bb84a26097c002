package dev.precis.clean.rules;

import dev.precis.clean.PrefixRule;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An embedded video's share controls glued before the story, with the clip's title and running time:
 * "Play Facebook Twitter Embed Storm hits the coast 2:13 The storm ...". Pages flattened to one line
 * (or lower-cased) keep the run as "play facebook twitter google plus embed ... 2: 13 ". The controls,
 * the title and the time go; the story after them stays. Without a running time the title cannot be
 * told from the story, so only the controls go.
 */
public final class VideoSharePrefix implements PrefixRule {
    /** "Play", then share targets ending in "Embed". */
    private static final Pattern CONTROLS = Pattern.compile(
            "^play(?:\\s+(?:facebook|twitter|google\\s*plus|google\\+?|email|e-mail|pinterest|linkedin|reddit|share)){1,6}\\s+embed\\s+",
            Pattern.CASE_INSENSITIVE);
    /** The clip's title, then its running time ("2:13", "2: 13"), within a title's length. */
    private static final Pattern TITLE_AND_TIME = Pattern.compile("^.{1,160}?\\s\\d{1,2}:\\s?\\d{2}\\s+(?=\\S)");
    /** Shortest story worth keeping after the cut. */
    private static final int MIN_REST = 20;

    @Override
    public String id() {
        return "player";
    }

    @Override
    public Optional<Cut> cut(String line) {
        if (line.length() < 24 || (line.charAt(0) != 'P' && line.charAt(0) != 'p')) return Optional.empty();
        Matcher c = CONTROLS.matcher(line);
        if (!c.find()) return Optional.empty();
        int end = c.end();
        Matcher t = TITLE_AND_TIME.matcher(line).region(end, line.length());
        t.useAnchoringBounds(true);
        if (t.find()) end = t.end();
        if (line.length() - end < MIN_REST) return Optional.empty();
        return Optional.of(new Cut(end, "a video's share controls, title and running time before the text"));
    }
}
