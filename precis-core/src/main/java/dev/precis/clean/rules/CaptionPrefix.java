package dev.precis.clean.rules;

import dev.precis.lexicon.Spaces;
import dev.precis.clean.PrefixRule;
import dev.precis.clean.RuleText;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo caption with its credit glued before a sentence: "Crowds in the square [AFP] The
 * president said...". The credit is what {@link Caption} recognises at a line's end.
 */
public final class CaptionPrefix implements PrefixRule {
    private static final Pattern WORD_END = Pattern.compile("[\\s,]+");
    private static final Pattern P = Pattern.compile("[\\[(][^\\[\\]()]{1,60}[\\])]\\s+(?=[\\p{Lu}\"“])");

    @Override
    public String id() {
        return "caption";
    }

    @Override
    public Optional<Cut> cut(String line) {
        if (line.length() < 60 || (line.indexOf(']') < 0 && line.indexOf(')') < 0)) return Optional.empty();
        Matcher m = P.matcher(line);
        while (m.find()) {
            if (m.start() < 15 || m.start() > 300) continue;
            String head = line.substring(0, m.end()).strip();
            String inner = line.substring(m.start() + 1, m.end()).strip();
            inner = inner.substring(0, inner.length() - 1).strip();
            // a photographer's or agency's credit, not any bracketed name ("[Homeland Security]")
            if (!(inner.contains("/") || RuleText.AGENCIES.contains(inner)) || !RuleText.endsWithCredit(head)) continue;
            String nextWord = WORD_END.split(line.substring(m.end()))[0];
            if (RuleText.CALENDAR.contains(nextWord)) continue; // "... (AP) Tuesday": the sentence goes on
            if (Spaces.split(line.substring(m.end())).length < 8) return Optional.empty();
            return Optional.of(new Cut(m.end(), "a photo caption with its credit before the text"));
        }
        return Optional.empty();
    }
}
