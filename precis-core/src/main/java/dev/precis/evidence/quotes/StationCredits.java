package dev.precis.evidence.quotes;

import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.Spaces;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.NAME;

/**
 * "asked FOX 4 Reporter James Rose", "said KSDK 5 anchor Mia Reyes": a broadcaster's name with its channel number,
 * then the role the person holds there, then the person. The number ends the capitalised run the verb-first form
 * reads as the name, which left the station ("FOX") as the speaker.
 */
final class StationCredits {
    private StationCredits() {
    }

    /** After the station's name: its channel number, one or two role words (any case), then the person's name. */
    private static final Pattern CHANNEL_ROLE_NAME = Pattern.compile(
            "\\s+\\d{1,2}\\s+(?<role>(?:\\p{L}+\\s+){1,2}?)(?<name>" + NAME + ")");

    /** The person credited in {@code tail} after a station named up to {@code stationEnd}; null when no such credit follows. */
    static String holder(String tail, int stationEnd) {
        Matcher m = CHANNEL_ROLE_NAME.matcher(tail).region(stationEnd, tail.length());
        if (!m.lookingAt()) return null;
        String[] role = Spaces.split(m.group("role").strip());
        return Lexicon.PERSON_TITLES.contains(role[role.length - 1].toLowerCase(Locale.ROOT)) ? m.group("name") : null;
    }
}
