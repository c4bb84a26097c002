package dev.precis.clean.rules;

import dev.precis.lexicon.Spaces;
import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.ClusterContext;

import java.util.Optional;
import java.util.regex.Pattern;

/** Menus and section bars: several short items between | • · » separators. */
public final class Menu implements LineRule {
    private static final Pattern SEP = Pattern.compile("\\s*(?:\\||•|·|»|◦|▪|\\s/\\s)\\s*");

    @Override
    public String id() {
        return "menu";
    }

    @Override
    public Optional<String> why(Line line, ClusterContext ctx) {
        String t = line.text();
        int seps = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '|' || c == '•' || c == '·' || c == '»' || c == '◦' || c == '▪' || c == '/') seps++;
        }
        if (seps < 2) return Optional.empty();
        String[] items = SEP.split(t);
        if (items.length < 3) return Optional.empty();
        int words = 0, filled = 0;
        for (String it : items) {
            if (it.isBlank()) continue;
            filled++;
            words += Spaces.split(it.strip()).length;
        }
        if (filled >= 2 && words <= 4 * filled) return Optional.of("a menu or section bar of short items");
        return Optional.empty();
    }
}
