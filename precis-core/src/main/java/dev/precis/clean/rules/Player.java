package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Video-player and gallery controls run together: "JUST WATCHED ... Replay More Videos ...",
 * "3 of 40 Skip in Skip x Embed x Share CLOSE ...", "Media playback is unsupported on your device".
 */
public final class Player implements LineRule {
    private static final Set<String> CONTROLS = Set.of("replay", "watched", "watch", "embed", "skip", "share",
            "close", "autoplay", "playlist", "videos", "mute", "unmute", "fullscreen", "playback", "caption", "next", "hide");
    private static final String[] CUES = {"Replay", "WATCH", "Watch", "Embed", "Skip", "Share", "CLOSE", "Close",
            "Videos", "VIDEOS", "Autoplay", "Playlist", "Mute", "Fullscreen", "Next", "Caption", "Hide"};
    /** A gallery slide's control and counter: "Hide Caption 3 of 40". */
    private static final Pattern GALLERY = Pattern.compile("\\b(?:Hide|Show|Close) Caption \\d+ of \\d+\\b");
    private static final Pattern COUNTERS = Pattern.compile("\\b\\d+ of \\d+\\b|\\b\\d{1,2}:\\d{2}\\b");
    /** What separates a line's words for the control-word count (compiled once: String.split compiles it at every call). */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    @Override
    public String id() {
        return "player";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        String t = line.text();
        if (t.contains("Media playback is unsupported")) return Optional.of("a media player's controls");
        if (!twoCues(t)) return Optional.empty();
        return controls(t, line.words());
    }

    /**
     * Whether the line holds two of the player's cues: nearly no line does, so the rest is a method of
     * its own that the JIT compiles apart, not inside this test run on every line (a long compile).
     */
    private static boolean twoCues(String t) {
        int cues = 0;
        for (String c : CUES) if (t.indexOf(c) >= 0 && ++cues >= 2) break;
        return cues >= 2;
    }

    /** A gallery's slides, or a player's control words and counters, in a line of {@code words} words with two cues. */
    private static Optional<String> controls(String t, int words) {
        Matcher g = GALLERY.matcher(t);
        int slides = 0;
        while (slides < 2 && g.find()) slides++;
        if (slides >= 2) return Optional.of("a photo gallery's captions and controls");
        int hits = 0;
        for (String w : NON_LETTERS.split(t)) {
            if (w.length() >= 4 && CONTROLS.contains(w.toLowerCase(Locale.ROOT))
                    && (Character.isUpperCase(w.charAt(0)))) hits++;
        }
        if (hits < 2) return Optional.empty();
        Matcher m = COUNTERS.matcher(t);
        while (m.find()) hits++;
        if (hits >= 3 && hits * 8 >= words) return Optional.of("a media player's or gallery's controls");
        return Optional.empty();
    }
}
