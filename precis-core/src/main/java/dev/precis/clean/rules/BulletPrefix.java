package dev.precis.clean.rules;

import dev.precis.clean.PrefixRule;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A list bullet or dash before the text: "- ", "-- ", "— ", "* ", "• ". Decorated headings are left whole. */
public final class BulletPrefix implements PrefixRule {
    private static final Pattern P = Pattern.compile("^(?:[-–—*•·]{1,2})\\s+(?=[\\p{L}\\p{N}\"“‘(])");

    @Override
    public String id() {
        return "bullet";
    }

    @Override
    public Optional<Cut> cut(String line) {
        if (line.length() < 3 || "-–—*•·".indexOf(line.charAt(0)) < 0) return Optional.empty();
        char last = line.charAt(line.length() - 1);
        if ("-–—*•·=#~".indexOf(last) >= 0) return Optional.empty();
        Matcher m = P.matcher(line);
        return m.find() ? Optional.of(new Cut(m.end(), "a list bullet or dash")) : Optional.empty();
    }
}
