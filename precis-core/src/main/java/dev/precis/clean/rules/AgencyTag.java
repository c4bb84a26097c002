package dev.precis.clean.rules;

import dev.precis.clean.PrefixRule;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire or station tag left before the first sentence when the place was stripped:
 * "(AP) — ", "(CNN) -- ", "(WXYZ) ", or a place and a wire tag without a dash: "Tokyo (CNN) ".
 */
public final class AgencyTag implements PrefixRule {
    private static final Pattern TAG = Pattern.compile(
            "^\\(\\p{Lu}[\\p{Lu}\\d&]{1,7}(?:-TV)?\\)\\s*(?:[-–—]{1,2}\\s*)?(?=[\\p{Lu}\"“‘])"
                    + "|^\\(\\p{Lu}[\\p{L}\\d&.]{1,15}(?:\\s\\p{Lu}[\\p{L}.]{1,10}){0,2}\\)\\s*[-–—]{1,2}\\s*(?=[\\p{Lu}\"“‘])");
    /** A place in capitals, perhaps with its state, and a station's call letters: "HARBOURTON, Ore. (KXYZ) ". */
    private static final Pattern CAPS_PLACE_STATION = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}.'’ -]{2,30},?(?:\\s(?:\\p{Lu}\\p{Ll}{1,4}\\.|(?:\\p{Lu}\\.){2,3}))?\\s\\(\\p{Lu}[\\p{Lu}\\d&]{1,7}(?:-TV)?\\)"
                    + "\\s*(?:[-–—]{1,2}\\s*)?(?=[\\p{Lu}\"“‘])");
    private static final Pattern PLACE_WIRE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,2},?\\s\\((?:AP|AFP|CNN|Reuters|UPI|dpa|DPA|EFE|ANSA)\\)"
                    + "\\s*(?:[-–—]{1,2}\\s*)?(?=[\\p{Lu}\"“‘])");

    @Override
    public String id() {
        return "dateline";
    }

    @Override
    public Optional<Cut> cut(String line) {
        if (line.length() < 24) return Optional.empty();
        int paren = line.indexOf('(');
        if (paren < 0 || paren > 40 || paren + 1 >= line.length() || !Character.isUpperCase(line.charAt(paren + 1))) return Optional.empty();
        Matcher m = (paren == 0 ? TAG : PLACE_WIRE).matcher(line);
        if (!m.find() && (paren == 0 || !Character.isUpperCase(line.charAt(1)) || !(m = CAPS_PLACE_STATION.matcher(line)).find())) {
            return Optional.empty();
        }
        if (m.end() < line.length() - 20) return Optional.of(new Cut(m.end(), "a wire or station tag before the first sentence"));
        return Optional.empty();
    }
}
