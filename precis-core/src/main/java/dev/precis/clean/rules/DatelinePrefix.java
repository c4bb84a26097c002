package dev.precis.clean.rules;

import dev.precis.lexicon.Spaces;
import dev.precis.clean.PrefixRule;
import dev.precis.clean.RuleText;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dateline and byline glued before the first sentence: "NEW YORK (AP) — ",
 * "LONDON, UNITED KINGDOM, Jane Doe in Paris- ", "FLORENCE, Italy, Feb. 25 (UPI) -- " (an abbreviated
 * month may have its day after it). The sentence after it is kept.
 */
public final class DatelinePrefix implements PrefixRule {
    private static final Pattern FIRST_WORD_END = Pattern.compile("[ ,(]");
    private static final Pattern P = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'’]+(?:[ -]\\p{Lu}[\\p{Lu}.'’]+)*\\.?(?:\\s*,\\s*(?:(?:\\p{Lu}\\.){2,3}|[^,.!?\"“”;]{2,60}?(?:(?<=\\b\\p{Lu}\\p{Ll}{1,4})\\.[^,.!?\"“”;]{0,12}?)?)){0,4}(?:\\s*\\([^)]{1,40}\\))?)(?:\\s*[-–—]{1,2}\\s+|\\s*[–—]\\s*)(?=[\\p{Lu}\"“‘'])");

    @Override
    public String id() {
        return "dateline";
    }

    @Override
    public Optional<Cut> cut(String line) {
        if (line.length() < 24 || !Character.isUpperCase(line.charAt(0)) || !Character.isUpperCase(line.charAt(1))) {
            return Optional.empty();
        }
        Matcher m = P.matcher(line);
        if (!m.find() || m.end() > 160 || m.end() >= line.length() - 20) return Optional.empty();
        String head = m.group(1);
        // the first word must be a place in capitals (two letters or more), not an acronym subject
        // followed by an ordinary clause
        String first = FIRST_WORD_END.split(head)[0];
        int letters = RuleText.letters(first);
        if (letters < 2) return Optional.empty();
        if (Spaces.split(head).length > 14) return Optional.empty();
        boolean place = letters >= 4 || head.contains(",") || head.contains("(");
        if (!place) return Optional.empty();
        return Optional.of(new Cut(m.end(), "a dateline or byline before the first sentence"));
    }
}
