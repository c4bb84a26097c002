package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;

/**
 * Teasers cut off mid-sentence: a line ending with a detached ellipsis ("... according to a new
 * ..."), or an article's last line trailing off ("She plans to use another...").
 */
public final class Teaser implements LineRule {
    @Override
    public String id() {
        return "teaser";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        String t = line.text();
        if (line.words() < 5 || !(t.endsWith("...") || t.endsWith("…"))) return Optional.empty();
        int dots = t.endsWith("…") ? t.length() - 1 : t.length() - 3;
        char before = dots > 0 ? t.charAt(dots - 1) : ' ';
        if (before == ' ') return Optional.of("a teaser cut off mid-sentence (a link to another story)");
        if (Character.isLetter(before) && ctx.next(line) == null && t.indexOf('"') < 0 && t.indexOf('“') < 0) {
            return Optional.of("the article's last line breaks off (a teaser)");
        }
        return Optional.empty();
    }
}
