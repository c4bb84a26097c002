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
        if (!twoSeparators(t)) return Optional.empty();
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

    /** The characters {@link #SEP} is made around. */
    private static final String SEPARATORS = "|•·»◦▪/";

    /**
     * Whether {@code t} holds two separators or more. Each is looked for with {@link String#indexOf(int, int)},
     * a vector search: a loop of its own over every character of every line was compiled twice in a fresh
     * JVM (on-stack for an article written as one long line, then whole), late enough to fall in a big
     * cluster's third summary.
     */
    static boolean twoSeparators(String t) {
        int seen = 0;
        for (int k = 0; k < SEPARATORS.length(); k++) {
            char c = SEPARATORS.charAt(k);
            for (int i = t.indexOf(c); i >= 0; i = t.indexOf(c, i + 1)) {
                if (++seen == 2) return true;
            }
        }
        return false;
    }
}
