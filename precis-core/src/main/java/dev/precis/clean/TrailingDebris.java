package dev.precis.clean;

import dev.precis.lexicon.Spaces;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web debris glued after the last sentence of a paragraph: a widget ("Related PHOTOS: ...",
 * "Continue on to The Archives"), a prompt ("email us at tips@...", "you must be a subscriber to
 * read this story in full") or a picture credit. The paragraph is kept up to its last sentence end.
 */
final class TrailingDebris {
    private static final Pattern TAIL = Pattern.compile("(?<=[.!?\"”’)])\\s+(?:"
            + "Related (?:PHOTOS|Photos|Videos?|VIDEOS?|Stories|STORIES|Coverage|Articles?|Links?|Content|Reading)\\b"
            + "|Continue (?:on to|reading|to)\\b|Read (?:more|the full (?:story|article)|full article|the rest)\\b|Click here\\b"
            + "|(?:[Ee]-?mail|Contact|Write to) us\\b|[Yy]ou must be a subscriber\\b|Subscribe (?:now|today|here)\\b"
            + "|Sign up (?:for|now|today|here)\\b|Follow us\\b|Share this\\b|ADVERTISEMENT\\b|Advertisement\\s*$"
            + "|(?:\\(?(?:AP|Reuters|AFP) Photo\\b|Photo(?:graph)?:|Image:|Video:)"
            + "|(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*\\s*/\\s*(?:Getty Images|AP|AFP|Reuters|EPA|Splash News)\\s*$"
            + ").*$", Pattern.DOTALL);
    private static final String[] MARKS = {"Related", "Continue", "Read ", "Click", "mail", "Contact", "Write to",
            "ubscribe", "Sign up", "Follow us", "Share this", "ADVERTISEMENT", "Advertisement", "Photo", "Image:", "Video:",
            "Getty", "AP", "AFP", "Reuters", "EPA", "Splash"};

    /** A cheap test that spares most lines the tail pattern. */
    private static boolean mayHaveTail(String line) {
        for (String m : MARKS) if (line.contains(m)) return true;
        return false;
    }

    /** The debris tail is at most this many words: a longer tail holds story. */
    static final int MAX_WORDS = 40;

    private TrailingDebris() {
    }

    /** Where the story part of the line ends, when a debris tail follows it. */
    static Optional<Integer> storyEnd(String line) {
        if (line.length() < 40 || !mayHaveTail(line)) return Optional.empty();
        Matcher m = TAIL.matcher(line);
        while (m.find()) {
            if (m.start() < 20) continue;
            String tail = line.substring(m.start()).strip();
            if (Spaces.split(tail).length > MAX_WORDS) continue;
            return Optional.of(m.start());
        }
        return Optional.empty();
    }
}
