package dev.precis.clean.rules;

import dev.precis.clean.PrefixRule;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in capitals glued to the first sentence without a dash: "DUBAI A court said...",
 * "WASHINGTON The Senate passed...". Only when a capitalised function word follows, which an
 * acronym subject ("NASA Administrator said") never has.
 */
public final class CapsDateline implements PrefixRule {
    private static final Pattern P = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}.'’]{2,}(?:[ /-]\\p{Lu}[\\p{Lu}.'’]+){0,3}\\s+(?=(?:A|An|The|In|On|At|After|As|For|It|This|Two|Three|Police)\\s)");

    @Override
    public String id() {
        return "dateline";
    }

    @Override
    public Optional<Cut> cut(String line) {
        if (line.length() < 30 || !Character.isUpperCase(line.charAt(1))) return Optional.empty();
        Matcher m = P.matcher(line);
        return m.find() ? Optional.of(new Cut(m.end(), "a place in capitals before the first sentence")) : Optional.empty();
    }
}
