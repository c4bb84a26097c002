package dev.precis.clean.rules;

import dev.precis.lexicon.Spaces;
import dev.precis.clean.PrefixRule;
import dev.precis.clean.RuleText;


import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline glued before the first sentence: "By Jane Doe and John Q. Roe The council...".
 * Names are a first name, an optional initial and a surname.
 */
public final class BylinePrefix implements PrefixRule {
    private static final String NAME = "\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?\\s\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?";
    private static final Pattern P = Pattern.compile(
            "^[Bb]y\\s+" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*\\s+(?=\\p{Lu}\\p{Ll}*[\\s,])");

    @Override
    public String id() {
        return "byline";
    }

    @Override
    public Optional<Cut> cut(String line) {
        if (line.length() < 40 || (line.charAt(0) != 'B' && line.charAt(0) != 'b')) return Optional.empty();
        Matcher m = P.matcher(line);
        if (!m.find()) return Optional.empty();
        String first = Spaces.split(line.substring(3).strip())[0];
        if (RuleText.CALENDAR.contains(first) || first.equals("The") || first.equals("Then") || first.equals("Now")) return Optional.empty();
        if (Spaces.split(line.substring(m.end())).length < 8) return Optional.empty();
        return Optional.of(new Cut(m.end(), "a byline before the first sentence"));
    }
}
